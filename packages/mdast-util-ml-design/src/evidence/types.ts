/** The shapes of derived facts. */

import type { Range } from '../document/types.js'

export type { Evidence } from '../document/types.js'

import type { FamilyHit } from '../match/compile.js'
import type { Family, Paradigm } from '../vocabulary/families.js'
import type { MetricEntry, MetricKind } from '../vocabulary/metrics.js'

export interface MetricMention extends Range {
  metric: MetricEntry
  text: string
  /** The kind the author filed it under (`Online metrics:`), if any. */
  filedAs?: MetricKind
  /** Where it was filed, for messages. */
  filedAt?: Range
  /** A number or a span of history before it makes it a quantity (`50M DAU`, `two years of sales`), not a metric. */
  quantity: boolean
  /** The sentence it stands in (-1 outside any sentence). */
  sentence: number
}

export interface MetricFiling extends Range {
  kind: MetricKind
  /** The heading or label that files the content. */
  at: Range
}

export interface FamilyMention extends Range {
  family: Family
  kind?: FamilyHit['kind']
  text: string
  sentence: number
}

export interface ParadigmMention extends Range {
  paradigm: Paradigm
  text: string
  sentence: number
}

export interface QuantityMention extends Range {
  text: string
  sentence: number
  /** A count per unit of time ("3M comments/day", "4,000 requests per second"). */
  rate?: boolean
}

export type QuantityKind = 'scale' | 'data-size' | 'history' | 'fast-duration' | 'slow-duration'

/** A side of the model's contract: what it receives or what it emits. */
export type ModelSide = 'input' | 'output'
