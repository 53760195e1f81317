/**
 * Reader tests for the reward of a policy (tune-da round): a bandit or an RL policy learns from its reward as a
 * classifier learns from its labels, so saying what the reward is says how the data is labelled; a loyalty
 * scheme's rewards label nothing.
 */
import { describe, expect, it } from 'vitest'
import { evidenceTexts } from './read.js'

const labels = (value: string) => evidenceTexts(value, 'data-labels')

describe('the reward of a policy', () => {
  it('reads the reward a policy learns from as its labels', () => {
    expect(
      labels('## Clarifying questions\n\n- Delayed reward? → we use a click plus a lesson started within 24 h.'),
    ).toEqual(['→ we use a click plus a lesson started within 24 h.'])
  })

  it('reads the reward stated as a learning signal', () => {
    expect(labels('## Data\n\nThe reward signal is a click followed by a lesson started within 24 h.')).toHaveLength(1)
  })

  it('reads no labels in a reward that is no learning signal', () => {
    expect(labels('## Data\n\nSellers with a good record get a reward: a lower fee, logged on their account.')).toEqual(
      [],
    )
    expect(labels('## Data\n\nThe events include the reward tier each buyer was in when they clicked buy.')).toEqual([])
    expect(labels('## Data\n\nWe avoid reward hacking by keeping the order events as they were recorded.')).toEqual([])
  })

  it('reads no labels in a loyalty scheme', () => {
    expect(labels('## Business context\n\n- Members earn reward points on every purchase in the app.')).toEqual([])
    expect(labels('## Business context\n\n- The rewards program logs each purchase of a member.')).toEqual([])
  })
})
