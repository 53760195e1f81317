/**
 * Russian design documents, stages 3 and 4: features, missing values, class imbalance, outliers, candidate models and
 * the baseline, interpretability and retraining, each read from Russian sentences (invented), with a silence test for
 * the other sense of a word.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { learnedScript } from '../src/judgement/gate.js'
import { useWeights } from '../src/judgement/index.js'
import { weights } from '../src/judgement/weights.js'
import { evidenceTexts, read } from './read.js'

/** The texts of the sentences that answer a requirement, in a section under a heading. */
function answering(id: Parameters<typeof evidenceTexts>[1], body: string, heading = 'Подготовка данных'): string[] {
  return evidenceTexts(`## ${heading}\n\n${body}`, id)
}

describe('Russian features', () => {
  it('reads features named with how they are built', () => {
    expect(
      answering('features', 'Из логов считаем признаки: число заказов за 30 дней и средний чек клиента.'),
    ).toHaveLength(1)
    expect(answering('features', 'Добавим фичи дня недели и часа суток для каждого визита.')).toHaveLength(1)
  })

  it('reads an image transformation where the data is prepared', () => {
    expect(
      answering('feature-transforms', 'Изменение размера снимков до 640×640 и нормализация по каналам.'),
    ).toHaveLength(1)
    expect(answering('feature-transforms', 'Тексты проходят токенизацию и лемматизацию.')).toHaveLength(1)
  })

  it('does not read signs of a fault or a product feature list as features', () => {
    expect(answering('features', 'Признаки неисправности станка видны оператору сразу.')).toEqual([])
    expect(answering('features', 'Классификатор на основе признаков из CRM.', 'Постановка задачи')).toEqual([])
    expect(
      answering('feature-transforms', 'При росте нагрузки возможно изменение размера кластера.', 'Подготовка данных'),
    ).toEqual([])
    // `признак` as a sign or a mark of something, with a word that names a feature's content elsewhere.
    expect(answering('features', 'Признаком успешного пилота считаем рост среднего чека.', 'Цели')).toEqual([])
    expect(answering('features', 'Главный признак проблемы: доля возвратов растёт.', 'Цели')).toEqual([])
  })
})

describe('Russian missing values', () => {
  it('reads a method named for the gaps, and a reasoned none', () => {
    expect(answering('missing-data', 'Пропуски в поле возраста заполняем медианой по региону.')).toHaveLength(1)
    expect(answering('missing-data', 'Строки с пустыми адресами удаляем из обучающей выборки.')).toHaveLength(1)
    expect(answering('missing-data', 'Пропусков нет: все поля обязательны в форме заказа.')).toHaveLength(1)
    expect(answering('missing-data', 'Для холодного старта показываем популярные товары региона.')).toHaveLength(1)
    // A drop-or-fill choice for one column does not hide the method chosen for another.
    expect(
      answering(
        'missing-data',
        'Пропуски в цене заполняем медианой, а строки без категории удаляем или заполняем значением unknown.',
      ),
    ).toHaveLength(1)
  })

  it('does not read filling without a method, drop-or-fill options, missed detections or throughput', () => {
    expect(answering('missing-data', 'Необходимо обработать пропуски в данных.')).toEqual([])
    expect(answering('missing-data', 'Удаление или заполнение пропусков (например, медианой).')).toEqual([])
    expect(
      answering('missing-data', 'Пропуск дефекта обходится дороже, чем ложная тревога, поэтому его удаляем из отчёта.'),
    ).toEqual([])
    expect(
      answering('missing-data', 'Пропускная способность сервиса — 500 запросов в секунду, лишние удаляем.'),
    ).toEqual([])
  })
})

describe('Russian class imbalance', () => {
  it('reads an imbalance with its handling, and balanced classes', () => {
    expect(
      answering(
        'class-imbalance',
        'Сильный дисбаланс классов (2% мошенничества): используем взвешенную функцию потерь.',
      ),
    ).toHaveLength(1)
    expect(answering('class-imbalance', 'Классы сбалансированы: 48% отказов и 52% согласий.')).toHaveLength(1)
    expect(answering('class-imbalance', 'Взвешивание классов через class_weight в CatBoost.')).toHaveLength(1)
    expect(
      answering('class-imbalance', 'Делим данные на обучающую и тестовую выборки с учётом дисбаланса классов.'),
    ).toHaveLength(1)
  })

  it('does not read an imbalance that is only to be checked', () => {
    expect(answering('class-imbalance', 'Проверим распределение классов и наличие дисбаланса.')).toEqual([])
    expect(answering('class-imbalance', 'Модель должна работать с учетом дисбаланса классов.')).toEqual([])
  })
})

describe('Russian outliers', () => {
  it('reads a treatment of extreme values', () => {
    expect(answering('outliers', 'Выбросы по сумме покупки обрезаем по 99-му перцентилю.')).toHaveLength(1)
    expect(answering('outliers', 'Суммы выше 99-го квантиля заменяем значением квантиля.')).toHaveLength(1)
    expect(answering('outliers', 'Длинные отзывы ограничиваем по длине до 512 токенов.')).toHaveLength(1)
  })

  it('does not read a plan to look for outliers, or noisy labels, as handled', () => {
    expect(answering('outliers', 'На этапе EDA проверим наличие выбросов.')).toEqual([])
    expect(answering('outliers', 'Шумные метки разметчиков удаляем после перекрёстной проверки.')).toEqual([])
    // A latency percentile, and emissions (`выбросы CO2`), are not extreme values of the data.
    expect(answering('outliers', 'Время ответа ограничено 200 мс по 95-му перцентилю.', 'Требования')).toEqual([])
    expect(answering('outliers', 'Задержка по 99-му процентилю ограничена 300 мс.', 'Требования')).toEqual([])
    expect(answering('outliers', 'Выбросы CO2 ограничены нормативом.', 'Ограничения')).toEqual([])
    expect(answering('outliers', 'Выбросы углекислого газа завода снижаем фильтрами.', 'Цели')).toEqual([])
  })
})

describe('Russian models: candidates and the baseline', () => {
  afterEach(() => useWeights(undefined))

  it('reads Russian model names and a Russian baseline', () => {
    expect(
      answering('candidate-models', 'Сравним логистическую регрессию и градиентный бустинг.', 'Модели'),
    ).toHaveLength(1)
    expect(answering('candidate-models', 'Основная модель — катбуст на признаках воронки.', 'Модели')).toHaveLength(1)
    expect(answering('baseline', 'Бейзлайн — правило «повторить вчерашний спрос».', 'Модели')).toHaveLength(1)
  })

  it('leaves a Russian sentence to the word lists: the model learned from English and refuses only English', () => {
    expect(learnedScript('Кандидаты: логистическая регрессия и CatBoost.')).toBe(false)
    expect(learnedScript('Candidates: logistic regression and CatBoost (катбуст).')).toBe(true)
    // A candidates model sure that nothing answers (bias -6, p = 0.002).
    useWeights({ ...weights, models: { ...weights.models, candidates: { bias: -6, index: [], value: [] } } })
    const reading = read(
      '# Т\n\n## Модели\n\nКандидаты: логистическая регрессия и CatBoost.\n\nWe also try a random forest.\n',
    )
    reading.judgement = 'model'
    const texts = reading.evidence('candidate-models').map((item) => reading.textOf(reading.sentences[item.sentence]))
    expect([...new Set(texts)]).toEqual(['Кандидаты: логистическая регрессия и CatBoost.'])
  })

  it("does not read the shared template's instructions, left in a document, or a business comparison as a baseline", () => {
    expect(
      answering(
        'baseline',
        'Схема обязательно включает в себя архитектуру бейзлайна. Описание техники должно включать описание отдельно для MVP и отдельно для бейзлайна.',
        'Блок-схема решения',
      ),
    ).toEqual([])
    expect(
      answering('baseline', 'Рост конверсии на 3% по сравнению с прошлой кампанией.', 'Бизнес-требования'),
    ).toEqual([])
  })

  it('does not read a base cost or base knowledge as a baseline', () => {
    expect(answering('baseline', 'Базовая стоимость сервера — 30 тысяч рублей в месяц.', 'Модели')).toEqual([])
  })

  it('does not read a solution or a system in place today, with no comparison, as a baseline', () => {
    expect(answering('baseline', 'Существующие решения на рынке дорогие.', 'Цели')).toEqual([])
    expect(answering('baseline', 'Текущая система учёта собирает чеки.', 'Данные')).toEqual([])
    expect(answering('baseline', 'Текущее решение — ручная проверка заявок аналитиком.', 'Цели')).toEqual([])
  })

  it('reads a comparison with what runs today as a baseline', () => {
    for (const sentence of [
      'Модель должна быть точнее текущей системы правил на 5 п.п. по recall.',
      'Сравниваем с существующим решением: ручной оценкой экспертов.',
    ])
      expect(answering('baseline', sentence, 'Модели')).toHaveLength(1)
  })
})

describe('Russian interpretability', () => {
  it('reads whether predictions must be explained, and to whom', () => {
    expect(
      answering(
        'interpretability',
        'Решение должно быть интерпретируемым, чтобы кредитный эксперт видел причины отказа.',
        'Модели',
      ),
    ).toHaveLength(1)
    expect(
      answering('interpretability', 'Объяснение прогноза показываем менеджеру через SHAP.', 'Модели'),
    ).toHaveLength(1)
    expect(
      answering('interpretability', 'Модель должна быть объяснимой для службы комплаенса.', 'Модели'),
    ).toHaveLength(1)
    expect(answering('interpretability', 'Сервис объясняет пользователю каждый отказ.', 'Модели')).toHaveLength(1)
    expect(
      answering('interpretability', 'Интерпретация предсказаний не нужна: оценка видна только системе.', 'Модели'),
    ).toHaveLength(1)
  })

  it('does not read an interpretation of results for the business as explanations', () => {
    expect(answering('interpretability', 'Анализ и интерпретация работы модели.', 'Модели')).toEqual([])
    expect(answering('interpretability', 'Интерпретация результатов и согласование с заказчиком.', 'Модели')).toEqual(
      [],
    )
    // `объясняется` is "is explained by", a cause in the data.
    expect(
      answering(
        'interpretability',
        'Сезонность спроса объясняется праздниками и должна учитываться в признаках.',
        'Модели',
      ),
    ).toEqual([])
    expect(
      answering(
        'interpretability',
        'Рост оттока объясняется тем, что тарифы подорожали, поэтому нужна скидка.',
        'Модели',
      ),
    ).toEqual([])
  })
})

describe('Russian retraining', () => {
  it('reads a cadence or a trigger for fitting the model again', () => {
    expect(answering('retraining', 'Дообучаем модель еженедельно на свежих заказах.', 'Модели')).toHaveLength(1)
    expect(answering('retraining', 'Модель переобучается раз в месяц на данных за год.', 'Модели')).toHaveLength(1)
    expect(answering('retraining', 'Пересчет прогнозных моделей — каждые 2 недели.', 'Модели')).toHaveLength(1)
    expect(
      answering('retraining', 'При дрейфе признаков запускается переобучение модели на данных за 90 дней.', 'Модели'),
    ).toHaveLength(1)
    expect(answering('retraining', 'Модель переобучается при превышении порога PSI в 0.2.', 'Модели')).toHaveLength(1)
  })

  it('does not read overfitting, or a retraining without a period, as a plan', () => {
    expect(
      answering('retraining', 'Чтобы избежать переобучения модели, каждые 5 эпох смотрим на валидацию.', 'Модели'),
    ).toEqual([])
    expect(answering('retraining', 'Переобучение: кросс-валидация и регуляризация.', 'Модели')).toEqual([])
    expect(answering('training-cadence', 'Обучение модели: чекпоинт сохраняем каждые 5 эпох.', 'Модели')).toEqual([])
    expect(answering('training-cadence', 'Обучение модели запускается каждые 2 недели.', 'Модели')).toHaveLength(1)
    expect(
      answering('retraining', 'Сплит по времени раз в месяц, потому что нужно бороться с переобучением.', 'Модели'),
    ).toEqual([])
    expect(answering('retraining', 'Модель переобучается на шуме, поэтому добавим dropout.', 'Модели')).toEqual([])
    expect(answering('retraining', 'В будущем планируется дообучение модели на новых данных.', 'Модели')).toEqual([])
    // The verb `переобучается` is as often "overfits": a limit or a watch on the train–test gap sets no retraining.
    expect(answering('retraining', 'Модель переобучается, когда глубина деревьев превышает 8.', 'Модели')).toEqual([])
    expect(
      answering('retraining', 'Бустинг быстро переобучается при числе деревьев выше порога в 500.', 'Модели'),
    ).toEqual([])
    expect(
      answering(
        'retraining',
        'Модель не должна переобучаться: ежедневно смотрим на разрыв между train и test.',
        'Модели',
      ),
    ).toEqual([])
  })
})

describe('Russian part titles', () => {
  it('opens the parts from their Russian titles', () => {
    expect(answering('baseline', 'Повторяем прошлую покупку клиента.', 'Структура бейзлайна')).toHaveLength(1)
    expect(answering('retraining', 'Раз в неделю на данных за последние 90 дней.', 'Дообучение модели')).toHaveLength(1)
    expect(answering('missing-data', 'Заполняем медианой по категории товара.', 'Работа с пропусками')).toHaveLength(1)
  })

  it('does not read a bare `Переобучение` title (overfitting as often) as the retraining part', () => {
    expect(answering('retraining', 'Кросс-валидация по неделям и регуляризация.', 'Переобучение')).toEqual([])
  })
})
