/**
 * Russian framing (stage 2): the ML objective and its metrics, the model's input and output, the task family with its
 * kind and the learning paradigm, read from Russian sentences as from their English translations. Every example is
 * invented; each behaviour has a sentence in the other sense that must stay silent.
 */
import { describe, expect, it } from 'vitest'
import { defaultVocabulary } from '../src/vocabulary/index.js'
import { withLanguage } from '../src/vocabulary/languages.js'
import { evidenceTexts, readUnderTitle } from './read.js'

const framed = (body: string) => readUnderTitle(`## Постановка задачи\n\n${body}`)

describe('the Russian ML objective', () => {
  it('is stated by what the model does to each item', () => {
    expect(
      framed(
        'Модель предсказывает вероятность того, что абонент откажется от тарифа в течение месяца.',
      ).objectiveAndMetrics().objectiveStated,
    ).toBe(true)
  })

  it('is stated under the template’s question for the technical task', () => {
    expect(
      framed('- Что делаем с технической точки зрения: разбиваем обращения на темы по их тексту.').objectiveAndMetrics()
        .objectiveStated,
    ).toBe(true)
    expect(
      framed('- Что делаем для бизнеса: разбиваем обращения на темы по их тексту.').objectiveAndMetrics()
        .objectiveStated,
    ).toBe(false)
  })

  it('is not stated by evaluating the model (`оценивать` is estimate and evaluate)', () => {
    expect(
      framed('Будем оценивать качество модели на отложенной выборке за последний месяц.').objectiveAndMetrics()
        .objectiveStated,
    ).toBe(false)
  })

  it('is not stated by a data model or a model of the business process', () => {
    expect(
      framed('Модель данных хранится в PostgreSQL, схема описана в приложении.').objectiveAndMetrics().objectiveStated,
    ).toBe(false)
  })
})

describe('Russian online metrics', () => {
  it('names an online metric under a singular `Бизнес-метрика` label', () => {
    const answer = framed('**Бизнес-метрика:** конверсия из просмотра в заказ в A/B-тесте.').objectiveAndMetrics()
    expect(answer.online.map((mention) => mention.text)).toEqual(['конверсия'])
    expect(answer.onlineStated).toBe(true)
  })

  it('names one in a sentence that measures it on live traffic', () => {
    const answer = framed(
      'Модель ранжирует товары в ленте.\n\nВ эксперименте отслеживаем выручку на пользователя и удержание.',
    ).objectiveAndMetrics()
    expect(answer.online.map((mention) => mention.text)).toEqual(['выручку', 'удержание'])
  })

  it('names no online metric where a business word is only a goal, not measured', () => {
    const answer = framed(
      'Модель ранжирует товары в ленте.\n\nКомпания хочет, чтобы выручка магазина росла.',
    ).objectiveAndMetrics()
    expect(answer.online).toEqual([])
  })

  it('measures what makes a pilot a success on live traffic, without filing the offline metric beside it as online', () => {
    const answer = readUnderTitle(
      '## Методология\n\nМодель переводит обращения клиентов.\n\n## Подготовка пилота\n\n' +
        '### Что считаем успешным пилотом\n\n- BLEU не ниже 25.\n- Удовлетворённость операторов не ниже 80%.',
    ).objectiveAndMetrics()
    expect(answer.online.map((mention) => mention.text)).toEqual(['Удовлетворённость'])
    expect(answer.misfiled).toEqual([])
  })

  it('names a metric under a neutral `Целевые метрики` label as filed where it is measured', () => {
    const answer = framed(
      'Модель ранжирует товары.\n\n**Целевые метрики:**\n\n- конверсия в заказ\n- NDCG@10',
    ).objectiveAndMetrics()
    expect(answer.online.map((mention) => mention.text)).toEqual(['конверсия'])
    expect(answer.misfiled).toEqual([])
  })

  it('names operations and credit measures as online metrics where they are compared live', () => {
    const answer = framed(
      'Модель оценивает вероятность дефолта.\n\nВ A/B-тесте сравниваем время обработки заявки и уровень дефолтов.',
    ).objectiveAndMetrics()
    expect(answer.online.map((mention) => mention.metric.name)).toEqual(['customer satisfaction', 'fraud loss'])
  })

  it('reads the Gini coefficient as ROC-AUC, not the Gini split criterion of a tree', () => {
    const offline = framed(
      'Модель классифицирует заявки.\n\n**ML-метрика:** коэффициент Джини на отложенной выборке, деревья строим по критерию Джини.',
    )
      .objectiveAndMetrics()
      .offline.map((mention) => mention.metric.name)
    expect(offline).toEqual(['ROC-AUC'])
  })

  it('reads the recall of a classifier as recall, offline, and not the completeness of data', () => {
    const offline = (body: string) =>
      framed(`Модель классифицирует отзывы.\n\n${body}`)
        .objectiveAndMetrics()
        .offline.map((mention) => mention.metric.name)
    expect(offline('**ML-метрика:** полнота классификации на отложенной выборке.')).toEqual(['recall'])
    expect(offline('**ML-метрика:** полнота данных проверяется отдельно, пропусков меньше 1%.')).toEqual([])
  })
})

describe('the Russian model input and output', () => {
  it('defines both in prose: what the model receives and what it gives back', () => {
    const reading = framed(
      'Модель предсказывает длительность поездки.\n\n' +
        'На вход модель получает историю поездок пользователя и текст запроса.\n\n' +
        'На выходе модель даёт вероятность опоздания для каждой поездки.',
    )
    expect(reading.definesModel('input')).toBe(true)
    expect(reading.definesModel('output')).toBe(true)
  })

  it('reads no input in signs of something (`признаки износа`): features are the topic, what they are the answer', () => {
    const reading = framed('Модель предсказывает поломки станков.\n\nПризнаки износа видны за неделю до поломки.')
    expect(reading.definesModel('input')).toBe(false)
    expect(
      framed(
        'Модель предсказывает поломки станков.\n\nПризнаки: показания датчиков вибрации за последние сутки.',
      ).definesModel('input'),
    ).toBe(true)
  })

  it('reads no output in whoever is responsible for a forecast, and no category in the type of the model', () => {
    expect(
      evidenceTexts('## Постановка задачи\n\nОтветственный за прогноз — аналитик отдела закупок.', 'output'),
    ).toEqual([])
    const reading = framed('- Тип модели: градиентный бустинг над признаками заявки.')
    expect(reading.statementsFor('category')).toEqual([])
  })

  it('reads no input in `входит` (is included), only in `вход`, `входные`', () => {
    const reading = framed(
      'Модель предсказывает длительность поездки.\n\nЧто входит в скоуп: история поездок пользователя за год.',
    )
    expect(reading.definesModel('input')).toBe(false)
  })
})

describe('the Russian task family and paradigm', () => {
  const choice = (body: string) => framed(body).categoryChoice()

  it('gives a binary classification its kind', () => {
    const { families, unkinded } = choice('Решаем задачу бинарной классификации отзывов на спам и не спам.')
    expect(families.map((mention) => [mention.family, mention.kind])).toEqual([['classification', 'binary']])
    expect(unkinded).toBeUndefined()
    expect(choice('Спам отсекаем бинарным классификатором над текстом письма.').unkinded).toBeUndefined()
  })

  it('reads the presence or absence of a thing as a binary classification', () => {
    const { unkinded } = choice('Классификатор определяет наличие или отсутствие каски на кадре.')
    expect(unkinded).toBeUndefined()
    expect(choice('Классификатор определяет тип каски на кадре.').unkinded?.text).toBe('Классификатор')
  })

  it('reads a family weighed as an option as no choice, and keeps the one chosen instead of another', () => {
    expect(choice('Возможно потребуется дополнительный классификатор для сложных кадров.').families).toEqual([])
    expect(
      choice('Бинарная классификация вместо регрессии: нужен ответ да или нет.').families.map(
        (mention) => mention.family,
      ),
    ).not.toContain('regression')
  })

  it('gives a classification into a number of classes its kind', () => {
    expect(choice('Классификация обращений на 12 классов по теме.').unkinded).toBeUndefined()
    expect(choice('Классификация обращений по теме.').unkinded?.text).toBe('Классификация')
  })

  it('reads the range of a regression in words, not a bound on something else', () => {
    expect(choice('Тип задачи: регрессия. Прогноз спроса не может быть отрицательным.').unranged).toBeUndefined()
    expect(
      choice('Тип задачи: регрессия, прогноз времени доставки в диапазоне от 5 до 180 минут.').unranged,
    ).toBeUndefined()
    expect(choice('Тип задачи: регрессия. Бюджет проекта ограничен, срок три месяца.').unranged?.text).toBe('регрессия')
  })

  it('reads a sales forecast as forecasting, and a forecast of something else as no family', () => {
    expect(choice('Задача: прогноз продаж каждого магазина на восемь недель.').families.map((m) => m.family)).toContain(
      'forecasting',
    )
    expect(choice('Задача: прогноз отказа оборудования по показаниям датчиков.').families).toEqual([])
  })

  it('reads a logistic regression as a classifier, not a regression', () => {
    const { families, unranged } = choice('Бейзлайн: логистическая регрессия над признаками заявки.')
    expect(families.map((mention) => mention.family)).toEqual(['classification'])
    expect(unranged).toBeUndefined()
  })

  it('reads a regression without its range', () => {
    const { families, unranged } = choice('Тип задачи: регрессия, предсказываем время доставки заказа.')
    expect(families.map((mention) => mention.family)).toContain('regression')
    expect(unranged?.text).toBe('регрессия')
  })

  it('reads supervised learning from training on labelled data, with words between', () => {
    const reading = framed('Обучаем детектор YOLO на небольшой размеченной выборке кадров с камер.')
    expect(reading.paradigms.map((mention) => mention.paradigm)).toEqual(['supervised'])
    expect(
      framed('Переводчик обучается на параллельном корпусе русско-мансийских предложений.').paradigms.map(
        (mention) => mention.paradigm,
      ),
    ).toEqual(['supervised'])
  })

  it('reads supervised learning from labelled examples, not from labelled data that is missing', () => {
    expect(
      framed('Для классификатора собрано пять тысяч размеченных примеров из базы обращений.').paradigms.map(
        (mention) => mention.paradigm,
      ),
    ).toEqual(['supervised'])
    expect(framed('Размеченных данных пока нет, разметку закажем у асессоров.').paradigms).toEqual([])
  })

  it('reads no paradigm from evaluating on labelled data, or from pretrained models that merely exist', () => {
    expect(framed('Качество проверяем на размеченной выборке из тысячи кадров.').paradigms).toEqual([])
    expect(framed('Для этой задачи существуют готовые модели на основе BERT.').paradigms).toEqual([])
  })

  it('reads no paradigm from people working without training, parallel GPUs or data not labelled yet', () => {
    const paradigms = (body: string) => framed(body).paradigms.map((mention) => mention.paradigm)
    expect(paradigms('Операторы смогут работать с сервисом без обучения.')).toEqual([])
    expect(paradigms('Обучение на параллельных GPU ускорит эксперименты.')).toEqual([])
    expect(paradigms('Сырые видео без разметки размечаем вручную.')).toEqual([])
  })

  it('reads no task in a software regression', () => {
    expect(choice('Классификатор обновляем только без регрессии качества на контрольной выборке.').families).toEqual([
      expect.objectContaining({ family: 'classification' }),
    ])
  })

  it('reads no task in tests for a regression', () => {
    expect(choice('Классификатор выкатываем только после тестов на регрессию.').families).toEqual([
      expect.objectContaining({ family: 'classification' }),
    ])
  })

  it('reads the paradigm named outright, and pretrained models used without training', () => {
    const paradigms = (body: string) => framed(body).paradigms.map((mention) => mention.paradigm)
    expect(paradigms('Это задача обучения с учителем на исторических заявках.')).toEqual(['supervised'])
    expect(paradigms('Для поиска аномалий применяем методы без учителя.')).toEqual(['unsupervised'])
    expect(paradigms('Обучения нет: используются предобученные модели поиска и генерации.')).toEqual(['pretrained'])
  })
})

describe('a language pack’s kind words', () => {
  it('name a classification with its kind', () => {
    const vocabulary = withLanguage(defaultVocabulary, { name: 'Test', kindTerms: { 'multi-label': ['много меток'] } })
    expect(vocabulary.impliedFamilyTerms.at(-1)).toEqual({
      family: 'classification',
      kind: 'multi-label',
      terms: ['много меток'],
    })
  })
})

describe('a Russian template document', () => {
  const filled = [
    '# Дизайн ML системы: отток абонентов',
    '## 1. Цели и предпосылки',
    '### 1.1. Зачем идем в разработку продукта?',
    'Снизить отток абонентов домашнего интернета на 10% за полгода.',
    '## 2. Методология',
    '### 2.1. Постановка задачи',
    '- Что делаем с технической точки зрения: бинарная классификация, модель оценивает вероятность ухода абонента в ближайшие 30 дней.',
    '- Входные данные: история платежей, обращения в поддержку, тариф и скорость подключения.',
    '- Выход модели: вероятность ухода от 0 до 1 для каждого абонента.',
    '### Этап 2. Подготовка прогнозных моделей',
    'Градиентный бустинг обучаем на размеченной выборке: абоненты, расторгнувшие договор, помечены единицей.',
    '**ML-метрики:** ROC-AUC и полнота классификации на отложенном месяце.',
    '## 3. Подготовка пилота',
    '### 3.2. Что считаем успешным пилотом',
    'Уровень оттока в пилотной группе ниже, чем в контрольной, на 1 п.п.',
  ].join('\n\n')

  it('states the ML objective, both kinds of metric, the input and output, the family with its kind and the paradigm', () => {
    const reading = readUnderTitle(filled)
    const answer = reading.objectiveAndMetrics()
    expect(answer.objectiveStated).toBe(true)
    expect(answer.onlineStated).toBe(true)
    expect(answer.offline.map((mention) => mention.metric.name)).toEqual(['ROC-AUC', 'recall'])
    expect(reading.definesModel('input')).toBe(true)
    expect(reading.definesModel('output')).toBe(true)
    const { families, unkinded } = reading.categoryChoice()
    expect(families.map((mention) => mention.family)).toContain('classification')
    expect(unkinded).toBeUndefined()
    expect(reading.paradigms.map((mention) => mention.paradigm)).toContain('supervised')
  })

  it('leaves out what the author did not write: no online metric, no input, no paradigm', () => {
    const reading = readUnderTitle(
      filled
        .slice(0, filled.indexOf('### 3.2.'))
        .replace(/- Входные данные:[^\n]*/, '')
        .replace(/Градиентный бустинг обучаем[^\n]*/, 'Градиентный бустинг с подбором гиперпараметров.'),
    )
    expect(reading.objectiveAndMetrics().onlineStated).toBe(false)
    expect(reading.definesModel('input')).toBe(false)
    expect(reading.paradigms).toEqual([])
  })
})
