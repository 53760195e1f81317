/**
 * Reader tests for a limit denied (tune-da round): "no regulation applies" says no rule limits the model, so it is
 * no regulatory constraint; a rule that does apply still is one.
 */
import { describe, expect, it } from 'vitest'
import { evidenceTexts } from './read.js'

const constraints = (value: string) => evidenceTexts(value, 'constraints')

describe('a limit denied', () => {
  it('reads no constraint where no regulation, law or regulator requires anything', () => {
    expect(
      constraints('## Model\n\nInterpretability: riders only see the minutes, and no regulation applies.'),
    ).toEqual([])
    expect(constraints('## Model\n\n- Explanations: none shown; compliance confirmed nothing requires them.')).toEqual(
      [],
    )
    expect(
      constraints('## Model\n\nNo regulator asks why a song comes next, so the ranker stays a black box.'),
    ).toEqual([])
  })

  it('still reads a regulation that applies, and a limit beside the denial', () => {
    expect(constraints('## Model\n\nThe insurance regulator requires every rating factor to be explainable.')).toEqual([
      'The insurance regulator requires every rating factor to be explainable.',
    ])
    expect(
      constraints('## Model\n\nNo regulation applies to playlist order. Training must fit in 4 hours on one GPU.'),
    ).toEqual(['Training must fit in 4 hours on one GPU.'])
  })
})
