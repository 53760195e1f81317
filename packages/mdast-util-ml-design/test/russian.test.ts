/** Russian design documents: the language pack's merge, and Russian headings and labels read as stages and parts. */
import type { Root } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { compile } from '../src/match/compile.js'
import { DesignReading } from '../src/reading.js'
import { defaultVocabulary, english, type Vocabulary } from '../src/vocabulary/index.js'
import { withLanguage } from '../src/vocabulary/languages.js'
import { read } from './read.js'

describe('a language pack', () => {
  it('adds its words to the English lists without replacing them', () => {
    expect(defaultVocabulary.stageSynonyms.deployment).toContain('deployment')
    expect(defaultVocabulary.stageSynonyms.deployment).toContain('внедрение')
    const recall = defaultVocabulary.metrics.find((entry) => entry.name === 'recall')
    expect(recall?.terms).toContain('recall')
  })

  it('refuses topic or answer words for a cue that has none (that would narrow "any sentence")', () => {
    const cues = { ...defaultVocabulary.cues }
    const open = Object.entries(cues).find(([, cue]) => !cue.topic)
    expect(open).toBeDefined()
    const id = open?.[0] as keyof typeof cues
    expect(() => withLanguage(defaultVocabulary, { name: 'Test', cues: { [id]: { topic: ['слово'] } } })).toThrow(
      /Test vocabulary adds to `.*`'s topic words/,
    )
    expect(() => withLanguage(defaultVocabulary, { name: 'Test', metricTerms: { nonsense: ['x'] } })).toThrow(
      /the metric `nonsense`/,
    )
    expect(() => withLanguage(defaultVocabulary, { name: 'Test', words: { noSuchList: ['x'] } })).toThrow(
      /the word list `noSuchList`/,
    )
  })
})

describe('Russian headings', () => {
  const document = [
    '# Дизайн ML системы: прогноз спроса',
    '## 1. Цели и предпосылки',
    '### 1.1. Зачем идем в разработку продукта?',
    'Сократить списания скоропортящихся товаров в магазинах сети на 15%.',
    '### 1.2. Бизнес-требования и ограничения',
    'Прогноз нужен к 6 утра каждого дня; бюджет на инфраструктуру не больше 200 тысяч рублей в месяц.',
    '## 2. Методология',
    '### 2.1. Постановка задачи',
    'Регрессия: прогноз продаж каждого товара в каждом магазине на 7 дней вперед.',
    '### Этап 1. Подготовка данных',
    'Чеки за три года из хранилища продаж.',
    '### Этап 2. Подготовка прогнозных моделей',
    'Градиентный бустинг над признаками календаря и цен.',
    '## 3. Подготовка пилота',
    'Пилот в 20 магазинах против 20 контрольных на четыре недели.',
    '## 4. Внедрение',
    'Прогноз считается батчем раз в сутки и выгружается в систему заказов.',
    '### Мониторинг',
    'Следим за ошибкой прогноза по неделям.',
  ].join('\n\n')
  const reading = read(document)
  const titled = (stage: Parameters<typeof reading.stageSections>[0]) =>
    reading.stageSections(stage).map((section) => section.text)

  it('opens the stages from the Russian titles, numbering (`Этап 1.`) and all', () => {
    expect(titled('requirements')).toContain('1. Цели и предпосылки')
    expect(titled('framing')).toContain('2.1. Постановка задачи')
    expect(titled('data')).toContain('Этап 1. Подготовка данных')
    expect(titled('model')).toContain('Этап 2. Подготовка прогнозных моделей')
    expect(titled('evaluation')).toContain('3. Подготовка пилота')
    expect(titled('deployment')).toContain('4. Внедрение')
    expect(titled('monitoring')).toContain('Мониторинг')
  })

  it('splits a title on `и` as on `and`: the business requirements and the constraints', () => {
    expect(reading.sectionsFor('constraints').map((section) => section.text)).toEqual([
      '1.2. Бизнес-требования и ограничения',
    ])
    expect(reading.sectionsFor('business-objective').map((section) => section.text)).toContain(
      '1.1. Зачем идем в разработку продукта?',
    )
  })

  it('reads an English document as the English vocabulary alone reads it', () => {
    const value = [
      '# Demand forecast',
      '## Goals and constraints',
      'Cut waste by 15%. Business constraints: the forecast is ready by 6 am.',
      '## Data and labels',
      'Three years of till receipts, about 40 million rows.',
      '## Evaluation',
      'MAE on the last four weeks, held out.',
      '## Deployment',
      'A nightly batch job writes the forecast to the ordering system.',
    ].join('\n\n')
    const both = read(value)
    const tree = unified().use(remarkParse).parse(value) as Root
    const alone = new DesignReading(tree, value, compile(english as Vocabulary))
    const outline = (reading: DesignReading) =>
      reading.sections.map((section) => [section.text, section.stages, section.parts, section.ordered])
    expect(outline(both)).toEqual(outline(alone))
    const answers = (reading: DesignReading) => reading.evidence('constraints').map((item) => item.sentence)
    expect(answers(both)).toEqual(answers(alone))
    expect(both.sectionsFor('constraints').map((section) => section.text)).toEqual(['Goals and constraints'])
  })
})
