/** Russian words for stages 5 to 7: evaluation, error costs, serving and rollout, monitoring (`vocabulary/russian/evaluation-serving.ts`). */
import { describe, expect, it } from 'vitest'
import { evidenceTexts, read } from './read.js'

/** A Russian template document whose sections 3 and 4 are given. */
function template(evaluation: string, deployment: string, extra = ''): string {
  return [
    '# Дизайн ML системы: скоринг заявок',
    '## 1. Цели и предпосылки',
    'Сократить ручную проверку заявок на 30%.',
    '## 2. Методология',
    '### 2.1. Постановка задачи',
    'Бинарная классификация заявок на подозрительные и обычные.',
    '## 3. Подготовка пилота',
    evaluation,
    '## 4. Внедрение',
    deployment,
    extra,
  ].join('\n\n')
}

/** The evaluation plan of a template document whose pilot section says `evaluation`. */
const planOf = (evaluation: string) =>
  read(template(evaluation, 'Модель отвечает на каждый запрос через REST API.')).evaluationPlan()

describe('Russian offline evaluation: the held-out data named', () => {
  it('counts a metric on a held-out sample, a time-based validation or cross-validation', () => {
    for (const sentence of [
      'Считаем PR-AUC на отложенной выборке за последний месяц.',
      'Модель проверяем кросс-валидацией по пяти фолдам, метрика ROC-AUC.',
      'F1 на тестовом периоде, который не участвовал в обучении.',
      'Разделение на train/val/test по датам, на последней части считаем MAE.',
    ]) {
      expect(planOf(sentence).offlinePlanned, sentence).toBe(true)
    }
  })

  it('stays silent on a metric with no held-out data (a test of the service is not held-out data)', () => {
    expect(planOf('Считаем ROC-AUC и следим за ним.').offlinePlanned).toBe(false)
  })
})

describe('Russian online evaluation: a live comparison', () => {
  it('counts an A/B test or a shadow run beside the current process with what it measures', () => {
    for (const sentence of [
      'Две недели проводим A/B-тест на 10% трафика, сравниваем конверсию в одобрение.',
      'Месяц модель работает в теневом режиме параллельно с экспертами, считаем количество жалоб.',
    ]) {
      expect(planOf(sentence).onlinePlanned, sentence).toBe(true)
    }
  })

  it('does not read a random train and test split as a randomised experiment', () => {
    const split = 'Данные случайным образом делим на обучающую и тестовую выборки, сравниваем конверсию моделей.'
    expect(planOf(split).onlinePlanned).toBe(false)
  })
})

describe('Russian serving mode in the deployment stage', () => {
  const served = (deployment: string) =>
    read(template('Считаем PR-AUC на отложенной выборке.', deployment)).hasEvidence('serving-mode')

  it('reads real time, on request and batch serving', () => {
    expect(served('Скоринг выполняется в режиме реального времени при каждом запросе.')).toBe(true)
    expect(served('Прогнозы считаются батчем ночью и выгружаются в хранилище.')).toBe(true)
    expect(served('Предсказания заранее рассчитываются и кладутся в кэш.')).toBe(true)
    expect(served('Ежедневный прогноз выгружается в систему заказов к шести утра.')).toBe(true)
    expect(served('Сервис принимает запросы от Telegram-бота и возвращает ответ модели.')).toBe(true)
  })

  it('does not read a training batch or an online metric as a serving mode', () => {
    expect(served('Размер батча при обучении равен 64.')).toBe(false)
    expect(served('Главная онлайн-метрика - доля одобренных заявок.')).toBe(false)
  })
})

describe('Russian monitoring', () => {
  it('reads a watched signal: drift, the distribution of predictions, latency', () => {
    expect(
      evidenceTexts('Ежедневно отслеживаем дрейф признаков и распределение предсказаний.', 'monitored-signal'),
    ).toEqual(['Ежедневно отслеживаем дрейф признаков и распределение предсказаний.'])
    expect(evidenceTexts('Алерт приходит, если задержка ответа выше 300 мс.', 'monitored-signal')).toHaveLength(1)
  })

  it('does not read watching the test set while training as production monitoring', () => {
    expect(evidenceTexts('Во время обучения отслеживаем качество на тестовой выборке.', 'monitored-signal')).toEqual([])
    expect(
      evidenceTexts('Риск переобучения: мониторинг качества на валидационной выборке.', 'monitored-signal'),
    ).toEqual([])
  })

  it('does not read a shift seen in the data, or a log kept, as a watched signal', () => {
    expect(evidenceTexts('В данных наблюдается сдвиг распределения по сезонам.', 'monitored-signal')).toEqual([])
    expect(evidenceTexts('Логирование ошибок ведется в файл.', 'monitored-signal')).toEqual([])
  })

  it('reads an infrastructure section of the template as infrastructure, where no signal is named', () => {
    const reading = read(
      template(
        'Считаем PR-AUC на отложенной выборке.',
        'Сервис отвечает на каждый запрос.',
        '### 4.2. Описание инфраструктуры и масштабируемости\n\nДва сервера, Docker и нагрузка до 100 запросов в секунду.',
      ),
    )
    const section = reading.sections.find((item) => item.text.startsWith('4.2.'))
    expect(section?.parts).toContain('infrastructure')
    expect(section?.stages).toContain('monitoring')
  })
})

describe('Russian error costs', () => {
  it('reads which error costs more', () => {
    expect(
      evidenceTexts('Пропуск мошенничества обходится дороже, чем ложное срабатывание.', 'error-costs'),
    ).toHaveLength(1)
    expect(evidenceTexts('Порог выбираем так, чтобы полнота была не ниже 0.9.', 'error-costs')).toHaveLength(1)
    expect(evidenceTexts('Делаем упор на полноту: пропущенный дефект стоит брака партии.', 'error-costs')).toHaveLength(
      1,
    )
    expect(evidenceTexts('Модель только ранжирует заявки, порога нет.', 'error-costs')).toHaveLength(1)
  })

  it('does not read a priority on finding the positives as a choice between the errors', () => {
    expect(
      evidenceTexts('Метрики: ROC-AUC и precision/recall, с приоритетом на выявление отмен.', 'error-costs'),
    ).toEqual([])
  })

  it('does not read both errors said to matter as a choice', () => {
    expect(evidenceTexts('Обе ошибки важны: и пропуск аномалии, и ложное срабатывание.', 'error-costs')).toEqual([])
  })
})

describe('Russian headings of stages 5 to 7 in the order', () => {
  it('reads a release section after the monitoring one as deployment out of order', () => {
    const reading = read(
      [
        '# T',
        '## 4. Внедрение',
        'Сервис отвечает на каждый запрос.',
        '### 4.1. Мониторинг',
        'Следим за дрейфом признаков.',
        '### 4.2. Управление версиями модели и релизами',
        'Каждая версия модели хранится в реестре.',
      ].join('\n\n'),
    )
    const release = reading.sections.find((item) => item.text.startsWith('4.2.'))
    expect(release?.ordered).toEqual(['deployment'])
  })

  it('opens the evaluation, deployment and monitoring stages from step titles', () => {
    const reading = read(
      [
        '# T',
        '## 1. Цели',
        'Сократить ручную проверку.',
        '### Этап 3. Валидация модели',
        'Считаем F1 на отложенной выборке.',
        '### Этап 4. Создание ML-сервиса',
        'Сервис на FastAPI отвечает на каждый запрос.',
        '### Этап 5. Подготовка инференса',
        'Прогнозы считаются батчем.',
        '### Алертинг',
        'Алерт приходит, если доля ошибок выше 1%.',
      ].join('\n\n'),
    )
    const titles = (stage: Parameters<typeof reading.stageSections>[0]) =>
      reading.stageSections(stage).map((item) => item.text)
    expect(titles('evaluation')).toContain('Этап 3. Валидация модели')
    expect(titles('deployment')).toEqual(['Этап 4. Создание ML-сервиса', 'Этап 5. Подготовка инференса'])
    expect(titles('monitoring')).toContain('Алертинг')
  })
})

describe('a heading inside a block quote', () => {
  it('is a line of the quote, not a section: the section before it holds the quote', () => {
    const reading = read(
      [
        '# ML System Design Doc',
        '## Дизайн ML системы: скоринг заявок',
        '> ## Термины и пояснения\n> - Итерация: работы до старта пилота.',
        '### 1. Цели и предпосылки',
        'Сократить ручную проверку заявок на 30%.',
      ].join('\n\n'),
    )
    const titles = reading.sections.map((section) => section.text)
    expect(titles).not.toContain('Термины и пояснения')
    const subtitle = reading.sections.find((section) => section.text.startsWith('Дизайн'))
    expect(subtitle && reading.substantive(reading.content(subtitle))).toBe(true)
  })

  it('leaves a heading outside a quote a heading', () => {
    const titles = read('# T\n\n## Terms\n\n> A quoted remark.\n\n## Goals\n\nCut waste by 15%.\n').sections.map(
      (section) => section.text,
    )
    expect(titles).toEqual(['T', 'Terms', 'Goals'])
  })
})

describe('the template baseline after its validation scheme', () => {
  it('reads the baseline structure as the model stage, out of order after the validation scheme', () => {
    const reading = read(
      [
        '# T',
        '## 2.3. Этапы решения',
        '### Описание схемы ML-валидации',
        'Делим по датам, последний месяц отложен.',
        '### Описание структуры бейзлайна',
        'Логистическая регрессия на десяти признаках.',
      ].join('\n\n'),
    )
    const baseline = reading.sections.find((section) => section.text === 'Описание структуры бейзлайна')
    expect(baseline?.parts).toEqual(['baseline'])
    expect(baseline?.ordered).toEqual(['model'])
  })

  it('reads the analysis and interpretation of the model as the model stage, after the validation scheme', () => {
    const reading = read(
      [
        '# T',
        '## 2.3. Этапы решения',
        '### Схема ML-валидации',
        'Последний месяц отложен.',
        '### Анализ и интерпретация работы модели',
        'SHAP-значения по топ-20 признакам.',
      ].join('\n\n'),
    )
    const analysis = reading.sections.find((section) => section.text.startsWith('Анализ'))
    expect(analysis?.parts).toContain('interpretability')
    expect(analysis?.ordered).toEqual(['model'])
  })
})

describe('Russian decisions taken on the score', () => {
  it('reads a segment of the highest scores singled out, or a blocked payment, as a decision on the output', () => {
    expect(
      evidenceTexts(
        'Выделение сегмента высокого риска: топ-20% клиентов с наибольшей вероятностью ухода.',
        'decision-threshold',
      ),
    ).toHaveLength(1)
    expect(evidenceTexts('Если вероятность выше порога 0.9, платеж блокируется.', 'decision-threshold')).toHaveLength(1)
    expect(evidenceTexts('Заявки с высоким риском по модели передаются оператору.', 'decision-threshold')).toHaveLength(
      1,
    )
  })

  it('does not read a deviation of the probability or a selection of features as a decision', () => {
    expect(evidenceTexts('Отклонение вероятности от среднего считаем признаком.', 'decision-threshold')).toEqual([])
    expect(evidenceTexts('Модель сама выделяет важные признаки.', 'decision-threshold')).toEqual([])
  })
})

describe('Russian measures of a live comparison', () => {
  it('reads orders, revenue and satisfaction as what a comparison measures, not the client who orders the work', () => {
    expect(evidenceTexts('Сравниваем число заказов и выручку в двух группах.', 'online-measure')).toHaveLength(1)
    expect(evidenceTexts('Данные предоставлены заказчиком.', 'online-measure')).toEqual([])
  })
})

describe('Russian words that sound like the evaluation stage but are about something else', () => {
  it('does not read a forecast error to lower, or a step to skip, as a choice between the errors', () => {
    expect(evidenceTexts('Важнее всего снизить ошибку прогноза в праздники.', 'error-costs')).toEqual([])
    expect(evidenceTexts('Этот шаг можно пропустить, важнее собрать разметку.', 'error-costs')).toEqual([])
  })

  it('still reads a miss that matters more, and the errors ranked', () => {
    expect(
      evidenceTexts('Важнее не пропустить мошенника, чем лишний раз проверить клиента.', 'error-costs'),
    ).toHaveLength(1)
    expect(evidenceTexts('Ошибки второго рода для нас критичнее.', 'error-costs')).toHaveLength(1)
  })

  it('does not read training in batches as a serving mode', () => {
    const served = (deployment: string) =>
      read(template('Считаем PR-AUC на отложенной выборке.', deployment)).hasEvidence('serving-mode')
    expect(served('Обучение идёт батчами по 256 примеров.')).toBe(false)
    expect(served('Модель обучаем батчами по 64 изображения.')).toBe(false)
  })

  it('does not read the validation score watched while tuning as a watched signal in production', () => {
    expect(evidenceTexts('Отслеживаем качество на валидации при подборе гиперпараметров.', 'monitored-signal')).toEqual(
      [],
    )
  })

  it('does not read the sales department as a measure', () => {
    expect(evidenceTexts('Отдел продаж получает отчёт.', 'online-measure')).toEqual([])
    expect(evidenceTexts('Сравниваем объём продаж в двух группах магазинов.', 'online-measure')).toHaveLength(1)
  })
})
