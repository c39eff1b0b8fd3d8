import { beforeAll, describe, expect, it } from 'vitest';
import type { RouteRecord } from '../../src/model/types.js';
import type { Loaded, Workspace } from '../../src/model/workspace.js';
import { buildRouteView, type RouteView } from '../../src/render/route-view.js';
import { validateWorkspace } from '../../src/validate/validate-workspace.js';
import { buildWorkspace } from '../rules/build.js';

const EXAMPLE = 'examples/solnyshko';
const BLANK = '“__” ______ 20__\u00a0г.';
const NBSP = '\u00a0';

let ws: Workspace;
let route: Loaded<RouteRecord>;
let view: RouteView;

beforeAll(async () => {
  const result = await validateWorkspace(EXAMPLE, { today: '2026-03-20' });
  ws = result.workspace;
  route = ws.routes.find((r) => r.stem === 'ivanova-ma')!;
  view = buildRouteView(ws, route, ws.directions);
});

describe('the view of the example route ivanova-ma', () => {
  it('has the organization and the «УТВЕРЖДАЮ» of its head, dated', () => {
    expect(view.organization.name).toContain('«Детский сад № 12 «Солнышко»');
    expect(view.organization.city).toBe('г. Вологда');
    expect(view.approval.position).toBe('Заведующий МБДОУ «Детский сад № 12 «Солнышко»');
    expect(view.approval.name).toBe('Сидорова Наталья Ивановна');
    expect(view.approval.date).toBe('“19” сентября 2025\u00a0г.');
    expect(view.year).toBe('2025/2026');
  });

  it('has every part of the header', () => {
    const t = view.teacher;
    expect(t.fullName).toBe('Иванова Мария Алексеевна');
    expect(t.position).toBe('воспитатель');
    expect(t.group).toBe('Средняя группа «Звёздочки» (4–5 лет)');
    expect(t.education.text).toBe('высшее, ВоГУ, 2025\u00a0г., специальность «Дошкольное образование»');
    expect(t.experience).toEqual({ onDate: '15.09.2025', pedagogical: '0 лет', here: '0 лет', since: '25.08.2025' });
    expect(t.category.text).toBe('без категории');
    expect(t.lastCourse).toBe('—');
    expect(view.mentor).toMatchObject({ fullName: 'Петрова Ольга Владимировна', position: 'воспитатель' });
    expect(view.curator).toMatchObject({ fullName: 'Кузнецова Елена Викторовна', position: 'старший воспитатель' });
    expect(view.pair).toEqual({
      kind: 'традиционное (один на один)',
      role: 'опытный педагог – молодой специалист',
      basis: `Приказ № 118-о от 29.08.2025; дополнительное соглашение №${NBSP}14 от 29.08.2025`,
    });
    expect(view.period).toBe('с 15 сентября 2025\u00a0г. по 31 мая 2026\u00a0г.');
    expect(view.selfEducationTopic).toBe('Развитие связной речи детей 4–5 лет средствами мнемотехники');
  });

  it('has the deficits by title, the goal and the numbered tasks', () => {
    expect(view.deficits.map((d) => d.title)).toEqual([
      'Ведение документации',
      'Педагогическая диагностика',
      'Взаимодействие с семьями воспитанников',
    ]);
    expect(view.goal).toBe(route.value.goal);
    expect(view.tasks).toEqual(route.value.tasks.map((text, i) => ({ number: i + 1, text })));
  });

  it('has every item once, numbered 1..N, grouped by direction in catalog order', () => {
    const rows = view.groups.flatMap((g) => g.items);
    expect(rows.map((r) => r.id).sort()).toEqual(route.value.items.map((i) => i.id).sort());
    expect(rows.map((r) => r.number)).toEqual(rows.map((_r, i) => i + 1));
    expect(view.itemCount).toBe(route.value.items.length);
    const catalogOrder = [...ws.directions.keys()];
    const groupOrder = view.groups.map((g) => catalogOrder.indexOf(g.direction));
    expect(groupOrder).toEqual([...groupOrder].sort((a, b) => a - b));
    for (const group of view.groups) for (const row of group.items) {
      expect(route.value.items.find((i) => i.id === row.id)?.direction).toBe(group.direction);
    }
  });

  it('formats the columns of a row', () => {
    const first = view.groups[0]!.items[0]!;
    expect(first).toMatchObject({
      title: 'Изучение ФГОС ДО и ФОП ДО (содержание образовательной работы с детьми 4–5 лет)',
      due: 'сентябрь 2025',
      mark: 'выполнено 26.09.2025',
      evidence: 'Конспект в папке наставника',
    });
    const planned = view.groups.flatMap((g) => g.items).find((r) => r.id === 'diagnostics-final')!;
    expect(planned.mark).toBe('');
    expect(planned.evidence).toBeNull();
  });

  it('has the meetings journal and the signatures', () => {
    expect(view.meetings).toHaveLength(9);
    expect(view.meetings[0]).toEqual({
      number: 1,
      date: '18.09.2025',
      topic: 'Знакомство с ДОУ и документацией группы',
      form: 'экскурсия и консультация',
      recommendations: 'Завести папку документации группы по описи',
      duration: '45\u00a0мин',
    });
    expect(view.meetingsTotal).toBe('9 встреч, 7\u00a0ч\u00a010\u00a0мин');
    expect(view.signatures).toEqual([
      { role: 'Молодой педагог (наставляемый)', name: `М.${NBSP}А.${NBSP}Иванова`, date: BLANK },
      { role: 'Наставник', name: `О.${NBSP}В.${NBSP}Петрова`, date: BLANK },
      { role: 'Куратор (старший воспитатель)', name: `Е.${NBSP}В.${NBSP}Кузнецова`, date: BLANK },
    ]);
  });
});

describe('the view of a route with gaps in the records', () => {
  it('prints the ids of missing teachers, a blank approval date and a dash for the topic', () => {
    const sparse = buildWorkspace({
      teachers: [],
      config: { organization: { name: 'Детский сад', head: 'Сидорова Наталья Ивановна', curator: 'nobody' } },
      routes: [{ teacher: 'ghost-t', mentor: 'ghost-m', items: [{ direction: 'space' }] }],
    });
    const v = buildRouteView(sparse, sparse.routes[0]!, sparse.directions);
    expect(v.teacher.fullName).toBe('ghost-t');
    expect(v.teacher.education.text).toBe('—');
    expect(v.mentor.fullName).toBe('ghost-m');
    expect(v.curator?.fullName).toBe('nobody');
    expect(v.pair).toBeNull();
    expect(v.approval.date).toBe(BLANK);
    expect(v.selfEducationTopic).toBeNull();
    expect(v.meetings).toEqual([]);
    expect(v.meetingsTotal).toBeNull();
    expect(v.groups).toEqual([expect.objectContaining({ direction: 'space', title: 'space' })]);
    expect(v.signatures.map((s) => s.role)).toEqual(['Наставляемый педагог', 'Наставник', 'Куратор']);
  });

  it('prints the category with its date and the latest course', () => {
    const full = buildWorkspace({
      teachers: [
        {
          id: 'ivanova-ma',
          hired: '2015-09-01',
          experience: { years: 7.5, as_of: '2020-09-01' },
          category: 'first',
          category_date: '2024-03-15',
          courses: [
            { title: 'Старый курс', hours: 36, year: 2019 },
            { title: 'Реализация ФОП ДО', hours: 72, year: 2025 },
            { title: 'Ранний курс', hours: 16, year: 2021 },
          ],
        },
      ],
      routes: [{}],
    });
    const v = buildRouteView(full, full.routes[0]!, full.directions);
    expect(v.teacher.category.text).toBe('первая квалификационная категория, присвоена 15.03.2024');
    expect(v.teacher.lastCourse).toBe('Реализация ФОП ДО, 72\u00a0ч, 2025\u00a0г.');
    expect(v.teacher.experience.pedagogical).toBe('12,5 года');
    expect(v.teacher.experience.here).toBe('10 лет');
    expect(v.signatures[0]!.role).toBe('Наставляемый педагог');
    expect(v.organization.name).toBe('');
  });
});

describe('the view of the example route ivanova-ma: approval, diagnosis', () => {
  it('has the order that approved it and the council that accepted it', () => {
    expect(view.approval.order).toBe(`Приказ от 19.09.2025 №${NBSP}121-о`);
    expect(view.accepted).toEqual({ place: 'на педагогическом совете', protocol: `протокол от 18.09.2025 №${NBSP}1` });
  });

  it('names the self-assessment of its deficits, with their scores', () => {
    expect(view.assessedOn).toMatch(/^\d\d\.09\.2025$/);
    expect(view.deficits.every((d) => d.score !== null && /^\d,\d$/.test(d.score))).toBe(true);
  });

  it('has journal signatures with a blank date line, and no conclusion yet', () => {
    expect(view.journalSignatures.map((s) => s.date)).toEqual([BLANK, BLANK]);
    expect(view.conclusion).toBeNull();
    expect(view.earlyEnd).toBeNull();
  });
});

describe('the view of the example route orlova-dv, ended early', () => {
  let orlova: RouteView;
  beforeAll(() => {
    orlova = buildRouteView(ws, ws.routes.find((r) => r.stem === 'orlova-dv')!, ws.directions);
  });

  it('says the mentoring ended early, when and why', () => {
    expect(orlova.earlyEnd).toBe('Наставничество прекращено досрочно 20.01.2026: увольнение наставляемой по собственному желанию');
  });

  it('has the mentor’s conclusion and the recommendations', () => {
    expect(orlova.conclusion).toMatchObject({ date: '20.01.2026', mentee: null });
    expect(orlova.conclusion?.recommendations).toContain('теме самообразования');
  });

  it('gives a cancelled item its reason', () => {
    const cancelled = orlova.groups.flatMap((g) => g.items).filter((i) => i.isCancelled);
    expect(cancelled.length).toBeGreaterThan(0);
    expect(cancelled.every((i) => i.reason === 'наставничество прекращено досрочно (увольнение педагога)')).toBe(true);
  });
});
