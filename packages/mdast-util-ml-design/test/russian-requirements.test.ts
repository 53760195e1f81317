/**
 * Russian design documents, stage 1: the business objective, the data available, constraints, scale and latency
 * read from Russian sentences as from their English translations (`vocabulary/russian/requirements.ts`). Every
 * example is invented.
 */
import { describe, expect, it } from 'vitest'
import { evidenceTexts, quantityTexts, read, readUnderTitle } from './read.js'

const objective = (value: string) => {
  const reading = read(value)
  const { accepted, mlOnly } = reading.businessObjective()
  const text = (sentence: number) => reading.textOf(reading.sentences[sentence]).trim()
  return { accepted: accepted.map((item) => text(item.sentence)), mlOnly: mlOnly && text(mlOnly.sentence) }
}

const speed = (value: string) => {
  const reading = read(value)
  return reading
    .speedStatements()
    .map(({ sentence, kind }) => [reading.textOf(reading.sentences[sentence]).trim(), kind])
}

describe('a Russian business objective', () => {
  it('takes a direction and something the business cares about beside a model metric', () => {
    const goal = 'Снизить убытки банка от мошеннических переводов на 20% за год.'
    expect(objective(`# Антифрод\n\n## Бизнес-цель\n\n${goal}\n\nЦелевая метрика модели — ROC-AUC.\n`)).toEqual({
      accepted: [goal],
      mlOnly: undefined,
    })
  })

  it('helps users, as "help" does in English', () => {
    const goal = 'Сервис поможет пользователям быстрее находить нужные товары в каталоге.'
    expect(objective(`# Поиск\n\n## Цели\n\n${goal}\n\nМодель должна иметь NDCG@10 выше 0.4.\n`).accepted).toEqual([
      goal,
    ])
  })

  it('reads money saved in roubles as a business gain', () => {
    const goal = 'Сэкономить 5 млн рублей в год на ручной проверке заявок.'
    expect(objective(`# Т\n\n## Цель\n\n${goal}\n\nЦелевая метрика модели — PR-AUC.\n`).accepted).toEqual([goal])
  })

  it('reads no business goal into minimising a loss function (`потери` of a model are no losses of money)', () => {
    // As `Minimise the loss function on the training set.` in English, the loss is neither a business goal nor a
    // model metric: the goal the section states is the metric's, and that sentence is the ML-only one.
    const found = objective(
      '# Т\n\n## Цель\n\nМинимизировать функцию потерь на обучающей выборке.\n\nЦелевая метрика модели: ROC-AUC.\n',
    )
    expect(found).toEqual({ accepted: [], mlOnly: 'Целевая метрика модели: ROC-AUC.' })
  })
})

describe('a Russian latency requirement', () => {
  it('reads a budget in seconds beside a latency word, with a Russian bound', () => {
    expect(speed('# Т\n\n## Требования\n\n- Время отклика сервиса на запрос не более 2 секунд.\n')).toEqual([
      ['Время отклика сервиса на запрос не более 2 секунд.', 'budget'],
    ])
    expect(speed('# Т\n\n## Требования\n\nЗадержка ответа модели ≤ 300 мс.\n')).toEqual([
      ['Задержка ответа модели ≤ 300 мс.', 'budget'],
    ])
  })

  it('reads real time and batch chosen in words', () => {
    expect(speed('# Т\n\n## Требования\n\nСистема распознаёт номера машин в режиме реального времени.\n')).toEqual([
      ['Система распознаёт номера машин в режиме реального времени.', 'mode'],
    ])
    expect(speed('# Т\n\n## Требования\n\nСкоринг заявок: онлайн-инференс через REST API.\n')).toEqual([
      ['Скоринг заявок: онлайн-инференс через REST API.', 'mode'],
    ])
    expect(speed('# Т\n\n## Требования\n\nМодель применяется в batch-режиме к новым заявкам.\n')).toEqual([
      ['Модель применяется в batch-режиме к новым заявкам.', 'mode'],
    ])
  })

  it('reads no budget into a time of training, nor into parts counted (`2 части`, not two hours)', () => {
    expect(speed('# Т\n\n## Требования\n\nОбучение модели должно занимать не более 2 часов.\n')).toEqual([])
    expect(speed('# Т\n\n## Требования\n\nМодель обучается не более 10 минут на одной видеокарте.\n')).toEqual([])
    // `Задержка` of a delivery is a delay the business counts, not how fast a prediction comes.
    expect(speed('# Т\n\n## Цели\n\nСократить задержки поставок до 3 дней.\n')).toEqual([])
    expect(speed('# Т\n\n## Требования\n\nВремя ответа делится не более чем на 2 части.\n')).toEqual([])
  })
})

describe('a Russian scale', () => {
  it('counts users, cameras and requests served', () => {
    expect(quantityTexts('## Масштаб\n\nСервисом пользуются 2 млн пользователей в месяц.\n', 'scale')).toEqual([
      '2 млн пользователей в месяц',
    ])
    expect(quantityTexts('На объекте 80 камер и два сервера.\n', 'scale')).toEqual(['80 камер'])
    expect(quantityTexts('Пропускная способность: до 500 запросов в минуту.\n', 'scale')).toEqual([
      '500 запросов в минуту',
    ])
  })

  it('reads thousands and millions written in Russian, and a plural that drops its vowel (`заявок`)', () => {
    expect(quantityTexts('Сервисом пользуются 10 тыс. пользователей в день.\n', 'scale')).toEqual([
      '10 тыс. пользователей в день',
    ])
    expect(quantityTexts('Каждый день приходит 500 заявок на кредит.\n', 'scale')).toEqual(['500 заявок'])
  })

  it('reads a count per unit of time as a rate (`в день`, `/с`): load, even where the data is described', () => {
    expect(quantityTexts('## Данные\n\nСервис получает 20 тыс. запросов в день.\n', 'scale')).toEqual([
      '20 тыс. запросов в день',
    ])
    expect(quantityTexts('## Данные\n\nВ пике приходит 300 обращений в секунду.\n', 'scale')).toEqual([
      '300 обращений в секунду',
    ])
    expect(quantityTexts('## Данные\n\nВ выгрузке 20 тыс. обращений.\n', 'scale')).toEqual([])
  })

  it('reads a rate per any time unit, not only per day: the unit after `в` is no thing counted', () => {
    const rates = ['5 тыс. договоров в месяц', '5 тыс. договоров в неделю', '400 накладных в час']
    for (const rate of rates)
      expect(quantityTexts(`## Требования\n\nСистема проверяет ${rate}.\n`, 'scale')).toEqual([rate])
  })

  it('counts no money, shares, releases, days or speeds per unit of time, as in English', () => {
    const none = [
      'Бюджет на облако — 90 тыс. рублей в месяц.',
      'Бюджет на разметку — 800 долларов в месяц.',
      'Доля возвратов растёт на 2 процента в месяц.',
      'Выпускаем до 3 релизов в месяц.',
      'Аналитик занят разметкой 1 день в неделю.',
      'Погрузчик едет не быстрее 15 км/ч.',
    ]
    for (const text of none) expect(quantityTexts(`## Требования\n\n${text}\n`, 'scale'), text).toEqual([])
  })

  it('reads the growth of the logs in bytes per day as data, not load (as `20 GB a day`)', () => {
    const growth = '## Данные\n\nЛоги прирастают на 30 ГБ в сутки.\n'
    expect(quantityTexts(growth, 'scale')).toEqual([])
    expect(quantityTexts(growth, 'data-size')).toEqual(['30 ГБ'])
    const english = '## Data\n\nThe logs grow by 30 GB a day.\n'
    expect(quantityTexts(english, 'scale')).toEqual([])
    expect(quantityTexts(english, 'data-size')).toEqual(['30 GB'])
  })

  it('reads a dataset growing by so many items a month as the growth of the data, not load', () => {
    for (const text of [
      'Датасет растёт примерно на 1-2 документа в месяц.',
      'Обучающая выборка пополняется на 500 размеченных чеков в неделю.',
      'The dataset grows by about 2 documents a month.',
      'The training set grows by 40k rows a month.',
    ])
      expect(quantityTexts(`## Данные\n\n${text}\n`, 'scale'), text).toEqual([])
    // Load stays load: a log that grows by what is served, no data in the sentence, or no growth word.
    for (const [text, found] of [
      ['The query log grows by about 2M queries a day.', '2M queries a day'],
      ['Логи запросов растут на 3 млн запросов в сутки.', '3 млн запросов в сутки'],
    ])
      expect(quantityTexts(`## Данные\n\n${text}\n`, 'scale'), text).toEqual([found])
    for (const [text, found] of [
      ['Число пользователей растёт на 5 тыс. пользователей в месяц.', '5 тыс. пользователей в месяц'],
      ['The service receives about 2k documents a month.', '2k documents a month'],
      ['Сервис обрабатывает около 300 запросов в секунду, данные пишутся в лог.', '300 запросов в секунду'],
    ])
      expect(quantityTexts(`## Требования\n\n${text}\n`, 'scale'), text).toEqual([found])
  })

  it('counts no hours or times a day as a rate of anything served', () => {
    expect(quantityTexts('## Требования\n\nОператор тратит 2 часа в день на разбор.\n', 'scale')).toEqual([])
    expect(quantityTexts('## Требования\n\nМодель переобучаем 3 раза в неделю.\n', 'scale')).toEqual([])
  })

  it('counts no time per request, and no sample of data to test on', () => {
    expect(quantityTexts('Скорость работы: около 5 секунд на запрос.\n', 'scale')).toEqual([])
    expect(quantityTexts('Для тестирования нужна выборка из 50 документов.\n', 'scale')).toEqual([])
  })
})

describe('the Russian data available', () => {
  it('reads a source, labels and a size from Russian sentences', () => {
    expect(evidenceTexts('## Данные\n\nЛоги заказов выгружаем из хранилища за два года.\n', 'data-source')).toEqual([
      'Логи заказов выгружаем из хранилища за два года.',
    ])
    expect(evidenceTexts('## Данные\n\nРазметку делают асессоры на Толоке по инструкции.\n', 'data-labels')).toEqual([
      'Разметку делают асессоры на Толоке по инструкции.',
    ])
    expect(evidenceTexts('Целевая переменная — флаг возврата кредита из истории выдач.\n', 'data-labels')).toEqual([
      'Целевая переменная — флаг возврата кредита из истории выдач.',
    ])
    expect(quantityTexts('## Данные\n\n- Объём данных: собраны за 4 месяца работы цеха.\n', 'history')).toEqual([
      '4 месяца',
    ])
    expect(quantityTexts('## Данные\n\nВ датасете 15 000 размеченных кадров с камер.\n', 'data-size')).toHaveLength(1)
  })

  it('reads the period the data covers after its noun (`история продаж за 3 года`), not a window of training', () => {
    expect(quantityTexts('## Данные\n\nИстория продаж сети за 3 года из хранилища.\n', 'history')).toEqual(['3 года'])
    expect(quantityTexts('Раз в неделю обучаем модель на данных за последние 6 месяцев.\n', 'history')).toEqual([])
    expect(quantityTexts('## Данные\n\nЖурналы оплат из CRM за 2 года.\n', 'history')).toEqual(['2 года'])
    expect(quantityTexts('Чеки из хранилища за 3 года, данные обезличены.\n', 'history')).toEqual(['3 года'])
  })

  it('reads no history into how long a job takes (`за` after no data noun), under a `Данные` heading or not', () => {
    for (const sentence of [
      'Разметку данных асессоры выполнят за 2 недели.',
      'MVP сделаем за 3 месяца на имеющихся данных.',
      'Пилот длится в течение 2 месяцев, данные собираем с датчиков.',
    ]) {
      expect(quantityTexts(`${sentence}\n`, 'history')).toEqual([])
      expect(quantityTexts(`## Данные\n\n${sentence}\n`, 'history')).toEqual([])
    }
  })

  it('reads a plain `Данные` heading as the data described, as `Data`: a source needs no data word there, a count is data', () => {
    expect(evidenceTexts('## Данные\n\nВыгрузка из PostgreSQL раз в сутки.\n', 'data-source')).toEqual([
      'Выгрузка из PostgreSQL раз в сутки.',
    ])
    expect(quantityTexts('## Данные\n\nОколо 2 млн обращений клиентов в поддержку.\n', 'scale')).toEqual([])
    expect(quantityTexts('## Требования\n\nОколо 2 млн обращений клиентов в поддержку.\n', 'scale')).toEqual([
      '2 млн обращений',
    ])
  })

  it('reads a parallel corpus as labelled: each text comes with its translation', () => {
    expect(
      evidenceTexts('## Данные\n\nИспользуем корпус параллельных текстов на русском и удмуртском.\n', 'data-labels'),
    ).toHaveLength(1)
  })

  it('takes no source from `из-за`, and no labels from targeted ads', () => {
    expect(evidenceTexts('Данные неполные из-за сбоя сбора в марте.\n', 'data-source')).toEqual([])
    expect(evidenceTexts('Таргетированная реклама в соцсетях приносит трафик.\n', 'data-labels')).toEqual([])
    expect(
      evidenceTexts('## Данные\n\nКаждая запись содержит метку времени и номер датчика.\n', 'data-labels'),
    ).toEqual([])
  })
})

describe('Russian constraints', () => {
  it('reads a compute, privacy or hosting limit', () => {
    expect(evidenceTexts('GPU-бюджет на обучение — не более 50 GPU-часов в месяц.\n', 'constraints')).toHaveLength(1)
    expect(
      evidenceTexts(
        '## Ограничения\n\n- Работа в условиях ограниченных вычислительных ресурсов на складе.\n',
        'constraints',
      ),
    ).toHaveLength(1)
    expect(evidenceTexts('Персональные данные клиентов не покидают контур банка.\n', 'constraints')).toHaveLength(1)
    expect(evidenceTexts('Данные клиентов не могут покидать периметр компании.\n', 'constraints')).toHaveLength(1)
  })

  it('reads no limit into a requirement with `должна`, a data scope with `только`, or features known at prediction time', () => {
    const section = [
      '## Бизнес-требования и ограничения',
      '- Система должна оповещать оператора о каждом нарушении.',
      '- Используется только исторический датасет без внешних источников.',
      '- Признаки, недоступные на момент прогноза, не должны передаваться в модель.',
    ].join('\n\n')
    expect(evidenceTexts(section, 'constraints')).toEqual([])
  })

  it('reads only the constraints label of a heading joined with `и`, as with `and`', () => {
    const section = [
      '## Бизнес-требования и ограничения',
      '- Время проверки заявки не превышает среднего по отделу.',
      '- **Бизнес-ограничения:** бюджет на инфраструктуру не более 100 тыс. рублей в месяц.',
    ].join('\n\n')
    expect(evidenceTexts(section, 'constraints')).toEqual([
      'Бизнес-ограничения: бюджет на инфраструктуру не более 100 тыс. рублей в месяц.',
    ])
  })
})

describe('Russian sentences ended after an abbreviation', () => {
  const sentences = (value: string) => {
    const reading = readUnderTitle(value)
    return reading.sentences.slice(1).map((sentence) => reading.textOf(sentence).trim())
  }

  it('ends one after `тыс.`, `руб.`, `млн.` or `т.д.` before a capital, and none before a lowercase word or a digit', () => {
    expect(sentences('Бюджет — 100 тыс. руб. Модель должна работать на CPU.')).toEqual([
      'Бюджет — 100 тыс. руб.',
      'Модель должна работать на CPU.',
    ])
    expect(sentences('Выручка выросла на 5 млн. Модель обучаем раз в месяц.')).toEqual([
      'Выручка выросла на 5 млн.',
      'Модель обучаем раз в месяц.',
    ])
    expect(sentences('Учитываем цены, остатки и т.д. Прогноз нужен к утру.')).toHaveLength(2)
    expect(sentences('Бюджет 100 тыс. руб. в месяц на 10 тыс. пользователей.')).toHaveLength(1)
    expect(sentences('Доля оплат в 2 тыс. 500 магазинов растёт.')).toHaveLength(1)
  })
})
