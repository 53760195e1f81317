/**
 * remark-lint rule to check that an ML system design document quantifies
 * the scale of the system: how many users, items or requests it serves.
 *
 * ## What is this?
 *
 * This rule checks that the document gives the scale as a number with its
 * unit: users (`40M daily active users`, `DAU`, `MAU`), items in the
 * catalogue (`30M videos`), requests (`3k requests per second`, `QPS`,
 * `25M searches a day`, a peak load), or any other entity the system serves
 * or predicts for (`310 stores`, `48 robots`, `8,500 hosts`). "Millions of
 * users" counts; "large scale" or "high traffic" does not.
 *
 * The number may stand anywhere: in a `Scale` section or lead-in, a table
 * row, a front-matter key (`scale`), or a sentence of prose.
 *
 * ## When should I use this?
 *
 * Always: the scale decides how the system is built (batch or online, how
 * many candidates to score, what the serving fleet costs), so a reviewer
 * needs it before judging anything else.
 *
 * ## Options
 *
 * Only the vocabulary options shared by every rule (`headings`, `answers`,
 * ...): see `mdast-util-ml-design`.
 *
 * ## Decisions
 *
 * * A count per unit of time counts whatever it counts (`18,000 checks a
 *   day`, `5 per second`, `35k reads per second`): a rate is load.
 *   Except the data's own growth: a rate after a growth word whose subject
 *   is the data set (`the dataset grows by about 2k labelled rows a week`,
 *   `датасет растёт примерно на 2 документа в месяц`) is how fast the data
 *   accumulates, not load the system serves. A log that grows by what is
 *   served (`the query log grows by 2M queries a day`) is load.
 * * A count of data to learn or test from is not scale (`40,000 held-out
 *   photos`, `1.1M labelled photos`): that is data size, which
 *   `ml-data-availability` asks for.
 * * A filter's threshold (`sessions with more than 500 queries an hour are
 *   removed`) and a normaliser (`reports per 1,000 sessions`) are not scale.
 * * Numbers in headings (`4.2 Candidates`) and in prompts or placeholders
 *   never count.
 * * Under a `Scale` heading or label, a count of whatever the domain counts
 *   counts (`4,700 charging sites, 19,000 connectors`), though the word is
 *   in no list of units; FAQ headings (`How many chargers and requests?`)
 *   name scale. Counts of time, money, shares or hardware never do.
 * * A window of one input (`the first 120 pages`) and a bound under
 *   `Outliers` (`master agreements over 200 pages are rare`) are sizes of
 *   one item, not scale.
 * * The length of one output (`a block of 6 products`, `a list of 20
 *   tutors`), a size per entity (`~400 candidates per customer`, `at most 2
 *   products per category`), an input window (`each of the 30 frames`) and
 *   a hardware figure (`2 GB RAM phones`, `900 km/h`) are not scale.
 * * Inside the data sections, a count in a unit of data (`Size: 52,000 leaf
 *   photos`) is data size; in a feature or input definition (`one-hot over
 *   8 regions`) a count is part of the definition. A rate there is still
 *   load.
 * * A unit of load written before its number counts (`DAU 500 million`,
 *   `QPS: ~40k`); a count in an option nobody chose, a pros/cons list or a
 *   survey of others' systems does not (`cons: 3 lines to 3 pages`).
 * * A count that is no rate in a sentence about training (`fine-tune again
 *   when agents publish 200+ new articles`) is a trigger, and one beside a
 *   feature transform (`one-hot over 8 regions`) the size of a feature: not
 *   scale.
 *
 * * Where the data is described as such (a plain `Data` section, a bare
 *   `Data` label, the answers to a clarifying question about the data), a
 *   count is of the data, not of what is served, even in a `Volume`
 *   column (`1.9M completed loads`, `~6.5M requests`); a rate there
 *   (`18k new tickets a day`) is still load.
 * * A number set as TeX math for a blog's MathJax (`$100$ million users`,
 *   `$40$k requests per second`) is the number; a formula stays a formula.
 * * A question that asks how many users, requests or items there are
 *   (`how many`, `number of`, `No. of` then the unit) gives the number
 *   written right after it or nested under it (`- How many daily active
 *   users? (about 300M)`): the question carries the unit. A question about
 *   the data, or one that counts per entity (`How many friends does a user
 *   have?`), gives no scale.
 * * A count in a condition on one session or user (`the contact button
 *   appears only after 2 searches`) is no load.
 * * The base of a share is no count (`~1 in 9 calls is re-routed by hand`,
 *   `one in 20 orders`), and a count qualified as data (`200 held-out
 *   requests`, `410 labelled users`) is data, whatever its unit.
 * * Under a `Scale` or `Volume` heading or label a count per entity stays
 *   scale (`~14k applications per autumn intake`): the label says what it is.
 * * A large count (a multiplier, or a thousand or more) of a plural noun in
 *   a requirements or context sentence is scale when nothing says it is data
 *   (no data word, no data section or label, no training, no history):
 *   `62,000 connected units in 4 countries`. A small count there
 *   (`40 connected units`) is not.
 * * Where the document's own `Scale` (or `Volume`) slot answers without any
 *   number (`- **Scale.** large; every council service routes through this
 *   line`), the author gave the scale there and it has none: a count
 *   elsewhere then counts only as a rate (`6,000 calls a day`) or in a unit
 *   of load (`DAU 500 million`, `40k QPS`), not as a bare count of something
 *   else (`a T&S team of 25 reviewing reported listings`, `check 2k more
 *   calls`). A slot with an amount in words (`millions of users`) has a
 *   number.
 * * A count of a model's parameters (`95M parameters`) is the model's size,
 *   never scale. A count beside where a dataset came from (`Created by a
 *   university lab, 90k recorded clips`, `compiled from four hospital
 *   archives`) is of that data, even in a table of outside materials under
 *   a requirements heading.
 * * A missing scale is reported at a heading that names the requirements
 *   with the constraints or the latency (`Business requirements and
 *   constraints`) before one that names only the requirements as a whole
 *   (`Scope`, `Что входит в скоуп проекта`): scale is a technical
 *   requirement written beside them.
 * * A unit of load written as a label or as a table row's first cell
 *   before a count with a multiplier counts (`- Users: 500M`, `| Requests
 *   | 2B |`); a small bare count after such a label (`Users: 12 nurses`)
 *   does not, nor does the label inside the data sections.
 *
 * @module ml-scale
 * @example
 *   {"name": "ok-unit-first.md"}
 *
 *   # Video feed
 *
 *   * estimation
 *     * DAU 500 million
 *
 * @example
 *   {"name": "missing-model-and-data-sizes.md", "label": "input"}
 *
 *   # Spoken commands
 *
 *   ## Value proposition
 *
 *   Private voice control without a cloud round trip.
 *
 *   | material | origin |
 *   |---|---|
 *   | Spoken digits | Created by a university lab, 90k recorded clips |
 *   | Speech encoder | Pretrained on read books (95M parameters) |
 *
 * @example
 *   {"name": "missing-model-and-data-sizes.md", "label": "output"}
 *
 *   11:1: Unexpected missing scale, expected how many users, items or requests the system serves, as a number with its unit, in a `Scale` section, such as `40M daily active users, 3k requests per second at peak`
 *
 * @example
 *   {"name": "missing-trigger.md", "label": "input"}
 *
 *   # Help-center search
 *
 *   ## Retraining
 *
 *   Fine-tune again monthly, or earlier when agents publish 200+ new articles. Region is one-hot over 8 regions.
 *
 * @example
 *   {"name": "missing-trigger.md", "label": "output"}
 *
 *   3:1: Unexpected missing scale, expected how many users, items or requests the system serves, as a number with its unit, in a `Scale` section, such as `40M daily active users, 3k requests per second at peak`
 *
 * @example
 *   {"name": "missing-cons.md", "label": "input"}
 *
 *   # Help-center search
 *
 *   ## Chunking options
 *
 *   - Heading-based sections
 *     - pros: follows the author's structure
 *     - cons: uneven lengths (3 lines to 3 pages)
 *
 * @example
 *   {"name": "missing-cons.md", "label": "output"}
 *
 *   8:1: Unexpected missing scale, expected how many users, items or requests the system serves, as a number with its unit, in a `Scale` section, such as `40M daily active users, 3k requests per second at peak`
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   # Home feed
 *
 *   ## Scale
 *
 *   120M daily active users and a peak of 200k feed requests per second.
 *
 * @example
 *   {"name": "ok-lead-in.md"}
 *
 *   # Demand forecast
 *
 *   **Scale:** 310 stores and about 18,000 active SKUs.
 *
 * @example
 *   {"name": "ok-table.md"}
 *
 *   # Ticket triage
 *
 *   | Requirement | Value |
 *   | --- | --- |
 *   | Volume | about 9,500 tickets a day |
 *
 * @example
 *   {"name": "ok-front-matter.md"}
 *
 *   ---
 *   scale: 45M active cards, 3,500 authorisations per second at peak
 *   ---
 *
 *   # Card fraud scoring
 *
 * @example
 *   {"name": "ok-prose.md"}
 *
 *   # Listing search
 *
 *   We serve millions of users, and the search service peaks at 350 queries per second.
 *
 * @example
 *   {"name": "missing.md", "label": "input"}
 *
 *   # Search re-ranking
 *
 *   ## Requirements
 *
 *   The catalogue is big and query volume is high.
 *
 *   ## Data
 *
 *   About 40,000 query-product pairs graded by raters. Sessions with more than 500 queries an hour are removed as bots.
 *
 * @example
 *   {"name": "missing.md", "label": "output"}
 *
 *   7:1: Unexpected missing scale, expected how many users, items or requests the system serves, as a number with its unit, in a `Scale` section, such as `40M daily active users, 3k requests per second at peak`
 *
 * @example
 *   {"name": "missing-sizes.md", "label": "input"}
 *
 *   # Newsletter picks
 *
 *   The weekly email shows a block of 6 products, at most 2 products per category, from ~400 candidates per customer.
 *
 *   ## Data
 *
 *   Size: 52,000 photos of past picks.
 *
 * @example
 *   {"name": "missing-sizes.md", "label": "output"}
 *
 *   5:1: Unexpected missing scale, expected how many users, items or requests the system serves, as a number with its unit, in a `Scale` section, such as `40M daily active users, 3k requests per second at peak`
 *
 * @example
 *   {"name": "ok-served.md"}
 *
 *   # Newsletter picks
 *
 *   Each of our 3M subscribers gets a list of 6 products; the send peaks at 2,000 emails per second.
 *
 * @example
 *   {"name": "missing-data-volume.md", "label": "input"}
 *
 *   # Truck arrival estimates
 *
 *   ## Data
 *
 *   | Source | Volume |
 *   | --- | --- |
 *   | Load DB | 1.9M completed loads |
 *
 * @example
 *   {"name": "missing-data-volume.md", "label": "output"}
 *
 *   5:10-5:20: Unexpected missing scale, expected how many users, items or requests the system serves, as a number with its unit, in a `Scale` section, such as `40M daily active users, 3k requests per second at peak`
 *
 * @example
 *   {"name": "ok-rate-in-data.md"}
 *
 *   # Ticket routing
 *
 *   ## Data
 *
 *   - Helpdesk export: 18k new tickets a day, 1.4M resolved tickets in all
 *
 * @example
 *   {"name": "ok-tex-number.md"}
 *
 *   # Sponsored listings
 *
 *   - Assumptions: $25$k listing requests per second at peak
 *
 * @example
 *   {"name": "ok-question-answer.md"}
 *
 *   # Friend suggestions
 *
 *   ## Clarifying questions
 *
 *   - How many daily active users does the app have? (about 300 million)
 *
 * @example
 *   {"name": "missing-condition-count.md", "label": "input"}
 *
 *   # Help-center search
 *
 *   ## Product
 *
 *   - The contact button appears only after 2 searches.
 *
 * @example
 *   {"name": "missing-condition-count.md", "label": "output"}
 *
 *   6:1: Unexpected missing scale, expected how many users, items or requests the system serves, as a number with its unit, in a `Scale` section, such as `40M daily active users, 3k requests per second at peak`
 *
 * @example
 *   {"name": "missing-per-entity-question.md", "label": "input"}
 *
 *   # Friend suggestions
 *
 *   ## Clarifying questions
 *
 *   - How many friends does an average user have? (about 500)
 *
 * @example
 *   {"name": "missing-per-entity-question.md", "label": "output"}
 *
 *   6:1: Unexpected missing scale, expected how many users, items or requests the system serves, as a number with its unit, in a `Scale` section, such as `40M daily active users, 3k requests per second at peak`
 *
 * @example
 *   {"name": "missing-share.md", "label": "input"}
 *
 *   # Helpline routing
 *
 *   ## Context
 *
 *   - ~1 in 9 calls is re-routed by hand today
 *
 *   ## Evaluation
 *
 *   Agents judge the language guess on 200 held-out requests.
 *
 * @example
 *   {"name": "missing-share.md", "label": "output"}
 *
 *   7:1: Unexpected missing scale, expected how many users, items or requests the system serves, as a number with its unit, in a `Scale` section, such as `40M daily active users, 3k requests per second at peak`
 *
 * @example
 *   {"name": "ok-volume-per-entity.md"}
 *
 *   # Application triage
 *
 *   - Volume: ~14k applications per autumn intake
 *
 * @example
 *   {"name": "ok-context-count.md"}
 *
 *   # Heat pump faults
 *
 *   ## Context and limits
 *
 *   - 62,000 connected units in 4 countries, each sending telemetry every 5 minutes.
 *
 * @example
 *   {"name": "vague-scale-slot.md", "label": "input"}
 *
 *   # Helpline language routing
 *
 *   ## Requirements
 *
 *   - **Scale.** large; every council service routes through this line
 *
 *   ## Data
 *
 *   - Lee: bilingual staff to check 2k more calls
 *
 * @example
 *   {"name": "vague-scale-slot.md", "label": "output"}
 *
 *   5:5-5:10: Unexpected missing scale, expected how many users, items or requests the system serves, as a number with its unit, in a `Scale` section, such as `40M daily active users, 3k requests per second at peak`
 *
 * @example
 *   {"name": "ok-vague-scale-slot-rate.md"}
 *
 *   # Helpline language routing
 *
 *   ## Requirements
 *
 *   - **Scale.** large; every council service routes through this line
 *
 *   ## Context
 *
 *   The line takes about 6,000 calls a day, most of them in English.
 */
import type { VocabularyOptions } from 'mdast-util-ml-design'
import { defineRule, missing, placeMissing } from 'ml-design-lint-rule'

export type Options = VocabularyOptions

const remarkLintMlScale = defineRule<Options>(
  {
    id: 'ml-scale',
    stage: 'requirements',
    messages: {
      missingScale: {
        reason: missing(
          'scale',
          'how many users, items or requests the system serves, as a number with its unit, in a `Scale` section',
          '40M daily active users, 3k requests per second at peak',
        ),
        stub: {
          part: 'scale',
          heading: 'Scale',
          todo: 'TODO — state how many users, items or requests the system serves, such as `40M daily active users`.',
        },
      },
    },
  },
  (reading, _file, _options, report) => {
    if (reading.quantities('scale').length > 0) return
    report('missingScale', { place: placeMissing(reading, 'scale') })
  },
)

export default remarkLintMlScale
