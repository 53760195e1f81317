/**
 * How the structure of a Russian template document is read: bold-italic step lines as pseudo-headings, the bold
 * lines under them as their parts, and future-work titles set aside (whole words in any script).
 */
import { describe, expect, it } from 'vitest'
import { read } from './read.js'

describe('bold-italic step lines', () => {
  const document = [
    '# Дизайн ML системы: отмены заказов',
    '## 2. Методология',
    '### 2.3. Этапы решения задачи',
    '***Этап 1 — Сбор данных.***',
    'Берём выгрузку заказов за два года из хранилища.',
    '***Этап 2 — Разработка модели***',
    '**Бейзлайн:**',
    '- логистическая регрессия на пяти признаках заказа',
    '**Основная модель:**',
    '- градиентный бустинг',
    '***Этап 3 — Подготовка инференса***',
    'Раз в сутки модель пересчитывает вероятности для новых заказов и пишет их в таблицу.',
    '***Важно: модель не заменяет оператора***',
    'Оператор видит вероятность и решает сам.',
    '***Этап 4*** будет описан позже, после пилота.',
  ].join('\n\n')
  const reading = read(document)
  const section = (text: string) => reading.sections.find((candidate) => candidate.text === text)

  it('reads a whole-line step in bold italic as a pseudo-heading, a closing full stop dropped', () => {
    expect(section('Этап 1 — Сбор данных')?.pseudo).toBe(true)
    expect(section('Этап 3 — Подготовка инференса')?.stages).toContain('deployment')
  })

  it('reads other bold-italic lines and bold-italic lead-ins as emphasis, not headings', () => {
    expect(reading.sections.map((candidate) => candidate.text)).not.toContain('Важно: модель не заменяет оператора')
    expect(reading.sections.some((candidate) => candidate.text.startsWith('Этап 4'))).toBe(false)
  })

  it('nests the bold lines after a step line under the step, so the step is not empty', () => {
    const step = section('Этап 2 — Разработка модели')
    const baseline = section('Бейзлайн')
    const main = section('Основная модель')
    expect(step && baseline && main).toBeTruthy()
    expect(baseline?.depth).toBe((step?.depth ?? 0) + 1)
    expect(main?.depth).toBe(baseline?.depth)
    expect(step?.end).toBe(section('Этап 3 — Подготовка инференса')?.start)
  })

  it('reads an English step line in bold italic the same way', () => {
    const english = read(
      ['# Churn', '## Plan', '***Step 2: Gather the data.***', 'Two years of invoices.'].join('\n\n'),
    )
    expect(english.sections.find((candidate) => candidate.text === 'Step 2: Gather the data')?.stages).toContain('data')
  })

  it('keeps bold lines without a step line before them side by side', () => {
    const plain = read(['# T', '## Модель', '**Бейзлайн:**', 'правила', '**Основная модель:**', 'бустинг'].join('\n\n'))
    const [baseline, main] = ['Бейзлайн', 'Основная модель'].map((text) =>
      plain.sections.find((candidate) => candidate.text === text),
    )
    expect(baseline?.depth).toBe(main?.depth)
  })
})

describe('bold lines after a step line', () => {
  const depths = (lines: string[]) => new Map(read(lines.join('\n\n')).sections.map((s) => [s.text, s.depth]))

  it('reads a bold-italic step lead-in as emphasis, even one that names a stage', () => {
    const reading = read(['# T', '## Plan', '***Step 5 — Deployment.*** comes after the pilot.', 'x'].join('\n\n'))
    expect(reading.sections.map((section) => section.text)).toEqual(['T', 'Plan'])
  })

  it('ranks a bold line after a real heading below that heading, not below an earlier step line', () => {
    const depth = depths([
      '# T',
      '## Plan',
      '**Step 2 - Model**',
      '**Baseline:**',
      'rules',
      '## Risks',
      '**Lock-in**',
      'x',
    ])
    expect(depth.get('Lock-in')).toBe((depth.get('Risks') ?? 0) + 1)
  })

  it('ranks a bold line naming another whole stage beside the step line, a part below it', () => {
    const depth = depths(['# T', '## Plan', '**Step 5: Evaluation**', '**Offline:**', 'AUC', '**Deployment**', 'x'])
    expect(depth.get('Offline')).toBe((depth.get('Step 5: Evaluation') ?? 0) + 1)
    expect(depth.get('Deployment')).toBe(depth.get('Step 5: Evaluation'))
  })
})

describe('future-work titles', () => {
  const titles = (value: string) => read(value).sections.map((section) => [section.text, section.aside] as const)

  it('sets aside a section of further development, as `Future work` is', () => {
    const value = [
      '# T',
      '## Модель',
      'Градиентный бустинг.',
      '### Стратегии дальнейшего развития решения',
      'Попробовать нейросеть.',
      '**Возможные пути развития проекта**',
      'A/B-тест на всех отелях.',
    ].join('\n\n')
    expect(titles(value)).toContainEqual(['Стратегии дальнейшего развития решения', true])
    expect(titles(value)).toContainEqual(['Возможные пути развития проекта', true])
    expect(titles(value)).toContainEqual(['Модель', false])
  })

  it('needs the whole phrase: a title about the model developing is not set aside', () => {
    const value = ['# T', '## Этапы развития модели', 'Сначала бейзлайн, затем бустинг.'].join('\n\n')
    expect(titles(value)).toContainEqual(['Этапы развития модели', false])
  })

  it('still sets aside English future work, and only whole words', () => {
    const value = ['# T', '## Future work', 'Online learning.', '## Referenced data', 'Clicks.'].join('\n\n')
    expect(titles(value)).toContainEqual(['Future work', true])
    expect(titles(value)).toContainEqual(['Referenced data', false])
  })
})
