// Kouluruoka (a React app in the framework-neutral form) against the DigiOne contract, and its
// behaviour for each role with a stubbed API: which school's menu it asks for, what it shows, the
// diet legend, its errors, and the language switch.
import { expect } from '@open-wc/testing';
import { actingAsChoicesFor } from '@digione/sdk/host';
import { type ActingAs, type DigiOneUser, type Locale, type School } from '@digione/sdk';
import {
  checkConformance,
  deepText,
  expectConformance,
  mountApp,
  type MountOptions,
  type MountedApp,
} from '@digione/sdk/testing';
import { weekMenu } from '../api/data.js';
import { waitFor } from '../../../test/support/unit-wait.js';
import lunch from './index.js';
import type { WeekMenu } from './menu-types.js';
import {
  formatIsoWeek,
  isoWeekOf,
  localIsoDate,
  parseIsoWeek,
  schoolDays,
  weeksInYear,
} from './week.js';

const API = 'https://api.lunch.test';
const AUDIENCE = 'https://api.lunch.example.fi';

const VANTAA = { providerId: '0124610-9', providerName: 'Vantaan kaupunki' };
const LUMIKORPI: School = { code: '09231', name: 'Lumikorven koulu', ...VANTAA };
const KIVIMAKI: School = { code: '09247', name: 'Kivimäen yhtenäiskoulu', ...VANTAA };
const MERITUULI: School = {
  code: '04915',
  name: 'Merituulen koulu',
  providerId: '0101263-6',
  providerName: 'Espoon kaupunki',
};
const SCHOOLS = [LUMIKORPI, KIVIMAKI, MERITUULI];

const PUPIL: DigiOneUser = {
  id: 'pupil',
  givenName: 'Aino',
  familyName: 'Mäkelä',
  roles: ['learner'],
  schools: [LUMIKORPI],
  group: '7B',
  grade: '7',
};
const TEACHER: DigiOneUser = {
  id: 'teacher',
  givenName: 'Mikko',
  familyName: 'Korhonen',
  roles: ['teacher'],
  schools: [LUMIKORPI, KIVIMAKI],
};
const PRINCIPAL: DigiOneUser = {
  id: 'principal',
  givenName: 'Leena',
  familyName: 'Nieminen',
  roles: ['principal'],
  schools: [KIVIMAKI],
};
const STAFF: DigiOneUser = {
  id: 'staff',
  givenName: 'Pirjo',
  familyName: 'Laaksonen',
  roles: ['staff'],
  schools: [LUMIKORPI],
};
const GUARDIAN: DigiOneUser = {
  id: 'guardian',
  givenName: 'Sanna',
  familyName: 'Mäkelä',
  roles: ['guardian'],
  schools: [],
  children: [
    { id: 'aino', givenName: 'Aino', familyName: 'Mäkelä', school: LUMIKORPI, grade: '7' },
    { id: 'eetu', givenName: 'Eetu', familyName: 'Mäkelä', school: MERITUULI, grade: '3' },
  ],
};

/** Where `user` can act as `role`, as the shell offers it: the choice labelled `label`. */
function choice(user: DigiOneUser, role: ActingAs['role'], label: string): ActingAs {
  const found = actingAsChoicesFor(user, role).find((c) => c.label === label);
  if (!found) throw new Error(`no acting-as "${label}"`);
  return found;
}

interface Call {
  readonly url: URL;
  readonly authorization: string | null;
}

type Answer = (url: URL) => Response | Promise<Response>;

const json = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** The API as it answers: each school's menu, for the week asked. */
const realMenus: Answer = (url) => {
  const school = SCHOOLS.find((s) => s.code === url.searchParams.get('school'));
  const week = parseIsoWeek(url.searchParams.get('week') ?? '');
  const menu = school && week ? weekMenu(school.code, school.name, week) : undefined;
  return menu ? json(menu) : json({ error: 'forbidden' }, 403);
};

const calls: Call[] = [];
let answer: Answer = realMenus;
const realFetch = globalThis.fetch;

beforeEach(() => {
  calls.length = 0;
  answer = realMenus;
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    calls.push({ url, authorization: new Headers(init?.headers).get('authorization') });
    return answer(url);
  };
});

afterEach(() => {
  globalThis.fetch = realFetch;
});

let mounted: MountedApp | undefined;
afterEach(async () => {
  await mounted?.unmount();
  mounted = undefined;
});

async function mount(options: MountOptions): Promise<MountedApp> {
  mounted = await mountApp(lunch, {
    appId: 'lunch',
    userFields: ['schools'],
    audience: AUDIENCE,
    apiUrl: API,
    accessToken: () => 'token-for-lunch',
    ...options,
  });
  return mounted;
}

const text = (app: MountedApp): string => deepText(app.container).replace(/\s+/g, ' ');

async function shows(app: MountedApp, wanted: string): Promise<void> {
  await waitFor(
    () => text(app).includes(wanted),
    () => `the app did not show "${wanted}"; it shows "${text(app)}"`,
  );
}

const thisWeek = (): string => formatIsoWeek(isoWeekOf(new Date()));

function days(app: MountedApp): HTMLLIElement[] {
  return [...app.container.querySelectorAll<HTMLLIElement>('.lunch-days > li')];
}

/** A day card's heading: the weekday and date (and "today"). */
function dayHeading(day: HTMLLIElement | undefined): string {
  return day?.querySelector('[slot="heading"]')?.textContent ?? '';
}

function panel(app: MountedApp): HTMLElement | null {
  return app.container.querySelector('d1-error-panel');
}

describe('ISO weeks', () => {
  it('count weeks as ISO 8601 does, across year ends', () => {
    expect(isoWeekOf('2025-01-13')).to.deep.equal({ year: 2025, week: 3 });
    expect(isoWeekOf('2024-12-30')).to.deep.equal({ year: 2025, week: 1 });
    expect(isoWeekOf('2021-01-03')).to.deep.equal({ year: 2020, week: 53 });
    expect(weeksInYear(2020)).to.equal(53);
    expect(weeksInYear(2025)).to.equal(52);
    expect(schoolDays({ year: 2025, week: 3 })).to.deep.equal([
      '2025-01-13',
      '2025-01-14',
      '2025-01-15',
      '2025-01-16',
      '2025-01-17',
    ]);
    expect(formatIsoWeek({ year: 2025, week: 3 })).to.equal('2025-W03');
    expect(parseIsoWeek('2025-W03')).to.deep.equal({ year: 2025, week: 3 });
    expect(parseIsoWeek('2025-W53')).to.equal(undefined);
    expect(parseIsoWeek('2025-3')).to.equal(undefined);
  });
});

describe('Kouluruoka', () => {
  describe('when checked by checkConformance', () => {
    it('meets the DigiOne contract (a React root, created in mount and ended in unmount)', async () => {
      const report = await checkConformance(lunch, {
        appId: 'lunch',
        user: PUPIL,
        userFields: ['schools'],
        actingAs: null,
        audience: AUDIENCE,
        apiUrl: API,
        // The legend shows once the menu has loaded: the check sees data, translated.
        expectText: { fi: 'Ruokavaliomerkinnät', sv: 'Kostmärkningar', en: 'Diet markings' },
        mountErrorProbe: { options: { user: null } },
      });
      expectConformance(report);
      expect(report.checks.filter((c) => c.skipped)).to.deep.equal([]);
    });
  });

  describe('for a pupil', () => {
    it("asks for her school's menu of this week with the app's token and shows it", async () => {
      const app = await mount({ user: PUPIL });
      await shows(app, 'Lohikeitto');
      expect(calls).to.have.length(1);
      const [call] = calls as [Call];
      expect(call.url.origin + call.url.pathname).to.equal(`${API}/menu`);
      expect(call.url.searchParams.get('school')).to.equal('09231');
      expect(call.url.searchParams.get('week')).to.equal(thisWeek());
      expect(call.authorization).to.equal('Bearer token-for-lunch');
      expect(app.records.tokenRequests).to.deep.equal([AUDIENCE]);
      expect(app.container.querySelector('h2')?.textContent).to.equal('Ruokalista');
      expect(text(app)).to.include('Lumikorven koulu');
      expect(text(app)).to.include(`Viikko ${isoWeekOf(new Date()).week}`);
    });

    it('shows Monday to Friday, each with main dish, vegetarian option, sides and diet markings', async () => {
      const app = await mount({ user: PUPIL });
      await shows(app, 'Lohikeitto');
      const list = days(app);
      expect(list.map((li) => li.dataset.date)).to.deep.equal(schoolDays(isoWeekOf(new Date())));
      expect(dayHeading(list[0])).to.match(/^Maanantai \d/);
      expect(dayHeading(list[3])).to.match(/^Torstai \d/);
      expect(list[3]?.querySelector('.lunch-main')?.textContent).to.include(
        'Hernekeitto ja pannukakku',
      );
      for (const li of list) {
        expect(li.querySelectorAll('dt')).to.have.length(3);
        expect(li.querySelector('.lunch-vegetarian')?.textContent.trim()).to.not.equal('');
        expect(li.querySelectorAll('.lunch-sides > li')).to.have.length(3);
      }
      // Tuesday: salmon soup, lactose- and gluten-free, heard as words.
      const badges = [...(list[1]?.querySelectorAll('.lunch-main d1-badge') ?? [])];
      expect(badges.map((b) => b.textContent)).to.deep.equal(['L', 'G']);
      expect(
        badges.map((b) => b.getAttribute('label') ?? (b as HTMLElement & { label?: string }).label),
      ).to.deep.equal(['laktoositon', 'gluteeniton']);
      await expect(app.container).to.be.accessible();
    });

    it('explains the diet markings in a legend, in fi, sv and en', async () => {
      const app = await mount({ user: PUPIL });
      await shows(app, 'Ruokavaliomerkinnät');
      const legend = (): string[] =>
        [...app.container.querySelectorAll('.lunch-legend dl > div')].map(
          (d) => `${d.querySelector('dt')?.textContent} ${d.querySelector('dd')?.textContent}`,
        );
      expect(legend()).to.deep.equal([
        'L laktoositon',
        'G gluteeniton',
        'M maidoton',
        'VE vegaaninen',
      ]);
      app.host.setLocale('sv');
      await shows(app, 'Kostmärkningar');
      expect(legend()).to.deep.equal(['L laktosfri', 'G glutenfri', 'M mjölkfri', 'VE vegansk']);
      app.host.setLocale('en');
      await shows(app, 'Diet markings');
      expect(legend()).to.deep.equal([
        'L lactose-free',
        'G gluten-free',
        'M milk-free',
        'VE vegan',
      ]);
    });

    it('highlights today, and only today', async () => {
      const today = new Date();
      const around = [-2, -1, 0, 1, 2].map((n) =>
        localIsoDate(new Date(today.getFullYear(), today.getMonth(), today.getDate() + n)),
      );
      answer = (url) => {
        const menu = realMenus(url) as Response;
        return menu
          .json()
          .then((body: WeekMenu) =>
            json({ ...body, days: body.days.map((day, i) => ({ ...day, date: around[i] })) }),
          );
      };
      const app = await mount({ user: PUPIL });
      await shows(app, 'Lohikeitto');
      const current = app.container.querySelectorAll('li[aria-current="date"]');
      expect(current).to.have.length(1);
      expect((current[0] as HTMLElement | undefined)?.dataset.date).to.equal(localIsoDate(today));
      const [day] = current as unknown as [HTMLElement];
      expect(day.classList.contains('lunch-today')).to.equal(true);
      expect(deepText(day)).to.include('Tänään');
      expect(text(app).match(/Tänään/g)).to.have.length(1);
      await expect(app.container).to.be.accessible();
    });
  });

  describe('for a teacher', () => {
    it('shows the menu of the school chosen in acting-as, and follows a new choice', async () => {
      const app = await mount({
        user: TEACHER,
        actingAs: choice(TEACHER, 'teacher', 'Kivimäen yhtenäiskoulu'),
      });
      await shows(app, 'Makaronilaatikko');
      expect(calls.map((c) => c.url.searchParams.get('school'))).to.deep.equal(['09247']);
      expect(text(app)).to.include('Kivimäen yhtenäiskoulu');
      expect(text(app)).to.not.include('Lohikeitto');
      app.host.setActingAs(choice(TEACHER, 'teacher', 'Lumikorven koulu'));
      await shows(app, 'Lohikeitto');
      expect(calls.map((c) => c.url.searchParams.get('school'))).to.deep.equal(['09247', '09231']);
      expect(text(app)).to.not.include('Makaronilaatikko');
    });
  });

  describe('for a principal', () => {
    it("shows her school's menu", async () => {
      const app = await mount({
        user: PRINCIPAL,
        actingAs: choice(PRINCIPAL, 'principal', 'Kivimäen yhtenäiskoulu'),
      });
      await shows(app, 'Uunimakkara ja perunamuusi');
      expect(calls.map((c) => c.url.searchParams.get('school'))).to.deep.equal(['09247']);
    });
  });

  describe('for a staff member without an acting-as choice', () => {
    it('shows the menu of their own school', async () => {
      const app = await mount({ user: STAFF });
      await shows(app, 'Jauhelihakastike ja perunat');
      expect(calls.map((c) => c.url.searchParams.get('school'))).to.deep.equal(['09231']);
    });
  });

  describe('for a guardian', () => {
    it("shows the chosen child's school's menu: Aino's, then Eetu's", async () => {
      const app = await mount({
        user: GUARDIAN,
        actingAs: choice(GUARDIAN, 'guardian', 'Aino Mäkelä'),
      });
      await shows(app, 'Pinaattiohukaiset ja puolukkahillo');
      expect(text(app)).to.include('Aino Mäkelä · Lumikorven koulu');
      app.host.setActingAs(choice(GUARDIAN, 'guardian', 'Eetu Mäkelä'));
      await shows(app, 'Kalapuikot ja perunamuusi');
      expect(text(app)).to.include('Eetu Mäkelä · Merituulen koulu');
      expect(text(app)).to.not.include('Pinaattiohukaiset');
      expect(calls.map((c) => c.url.searchParams.get('school'))).to.deep.equal(['09231', '04915']);
      await expect(app.container).to.be.accessible();
    });

    it('asks to choose a child when none is chosen, without calling the API', async () => {
      const app = await mount({ user: GUARDIAN, actingAs: null });
      await shows(app, 'Valitse koulu tai lapsi');
      expect(app.container.querySelector('d1-empty-state')).to.not.equal(null);
      expect(calls).to.have.length(0);
      await expect(app.container).to.be.accessible();
    });
  });

  describe('when the language changes', () => {
    it('re-renders headings, dates and dish names in the new language, without fetching again', async () => {
      const app = await mount({ user: PUPIL });
      await shows(app, 'Lohikeitto');
      app.host.setLocale('sv');
      await shows(app, 'Laxsoppa');
      expect(app.container.querySelector('h2')?.textContent).to.equal('Matsedel');
      expect(app.container.querySelector('section')?.lang).to.equal('sv');
      expect(dayHeading(days(app)[0])).to.match(/^Måndag \d/);
      expect(text(app)).to.include('Huvudrätt');
      expect(text(app)).to.include(`Vecka ${isoWeekOf(new Date()).week}`);
      app.host.setLocale('en');
      await shows(app, 'Salmon soup');
      expect(app.container.querySelector('h2')?.textContent).to.equal('Lunch menu');
      expect(dayHeading(days(app)[0])).to.match(/^Monday \d/);
      expect(text(app)).to.include('Vegetarian option');
      app.host.setLocale('fi');
      await shows(app, 'Pääruoka');
      expect(calls).to.have.length(1);
    });

    it('shows a dish the kitchen gave no translation for in Finnish, marked as Finnish', async () => {
      answer = async (url) => {
        const body = (await (realMenus(url) as Response).json()) as WeekMenu;
        const [first, ...rest] = body.days;
        return json({
          ...body,
          days: [{ ...first, main: { name: { fi: 'Kinkkukiusaus' }, diets: ['L', 'G'] } }, ...rest],
        });
      };
      const app = await mount({ user: PUPIL, locale: 'sv' });
      await shows(app, 'Kinkkukiusaus');
      const name = days(app)[0]?.querySelector('.lunch-main span > span');
      expect(name?.textContent).to.equal('Kinkkukiusaus');
      expect(name?.getAttribute('lang')).to.equal('fi');
      expect(days(app)[1]?.textContent).to.include('Laxsoppa');
    });
  });

  describe('when the API refuses or fails', () => {
    const locales: readonly Locale[] = ['sv', 'en'];

    it('shows a localized session error on 401, and loads the menu when retried', async () => {
      answer = () => json({ error: 'invalid_token' }, 401);
      const app = await mount({ user: PUPIL });
      await shows(app, 'Istuntosi ei kelpaa ruokalistapalvelulle');
      expect(panel(app)?.dataset.kind).to.equal('session');
      await expect(app.container).to.be.accessible();
      const expected: Record<string, string> = {
        sv: 'Din session godkänns inte av matsedelstjänsten',
        en: 'Your session is not valid for the lunch menu service',
      };
      for (const locale of locales) {
        app.host.setLocale(locale);
        await shows(app, expected[locale] ?? '');
      }
      app.host.setLocale('fi');
      await shows(app, 'Istuntosi ei kelpaa');
      answer = realMenus;
      const retry = panel(app)?.shadowRoot?.querySelector<HTMLElement>('[part="retry"]');
      expect(retry, 'the retry button').to.not.equal(null);
      retry?.click();
      await shows(app, 'Lohikeitto');
      expect(panel(app)).to.equal(null);
      // The 401 was tried once more with a fresh token; then the person's retry.
      expect(calls).to.have.length(3);
    });

    it('shows the session error when the shell gives no token', async () => {
      const app = await mount({
        user: PUPIL,
        accessToken: () => Promise.reject(new Error('login_required')),
      });
      await shows(app, 'Istuntosi ei kelpaa ruokalistapalvelulle');
      expect(calls).to.have.length(0);
    });

    it('says the menu is not for this person on 403, with no retry', async () => {
      answer = () => json({ error: 'forbidden' }, 403);
      const app = await mount({ user: PUPIL });
      await shows(app, 'Tämän koulun ruokalista ei näy sinulle');
      expect(panel(app)?.dataset.kind).to.equal('forbidden');
      await waitFor(() => panel(app)?.shadowRoot?.querySelector('.announced'), 'the announcement');
      expect(panel(app)?.shadowRoot?.querySelector('[part="retry"]')).to.equal(null);
      await expect(app.container).to.be.accessible();
    });

    for (const [what, failing] of [
      ['a server error', () => json({ error: 'server_error' }, 500)],
      ['a network failure', () => Promise.reject(new TypeError('Failed to fetch'))],
      ['an answer of the wrong shape', () => json({ school: 'Lumikorpi', days: 'soon' })],
    ] as const) {
      it(`offers to try again after ${what}`, async () => {
        answer = failing;
        const app = await mount({ user: PUPIL });
        await shows(app, 'Ruokalistaa ei voitu ladata');
        expect(panel(app)?.dataset.kind).to.equal('unavailable');
        app.host.setLocale('en');
        await shows(app, 'The lunch menu could not be loaded');
        answer = realMenus;
        panel(app)?.dispatchEvent(new Event('d1-retry', { bubbles: true, composed: true }));
        await shows(app, 'Salmon soup');
      });
    }

    it('says the service is not set up when the portal gives no API address', async () => {
      mounted = await mountApp(lunch, {
        appId: 'lunch',
        user: PUPIL,
        userFields: ['schools'],
        audience: AUDIENCE,
      });
      await shows(mounted, 'Ruokalistapalvelua ei ole määritetty');
      expect(panel(mounted)?.dataset.kind).to.equal('not-configured');
      expect(calls).to.have.length(0);
      await expect(mounted.container).to.be.accessible();
    });

    it('shows an empty state for a week without school lunch', async () => {
      answer = async (url) => {
        const body = (await (realMenus(url) as Response).json()) as WeekMenu;
        return json({ ...body, days: [] });
      };
      const app = await mount({ user: PUPIL });
      await shows(app, 'Tällä viikolla ei ole kouluruokailua');
      expect(app.container.querySelector('d1-empty-state')).to.not.equal(null);
      await expect(app.container).to.be.accessible();
    });

    it('shows that it is loading while the API answers', async () => {
      let release: (() => void) | undefined;
      answer = (url) =>
        new Promise((resolve) => {
          release = () => {
            resolve(realMenus(url));
          };
        });
      const app = await mount({ user: PUPIL });
      await waitFor(() => app.container.querySelector('d1-spinner'), 'no spinner');
      expect(
        app.container.querySelector('d1-spinner')?.getAttribute('label') ??
          (app.container.querySelector('d1-spinner') as HTMLElement & { label?: string }).label,
      ).to.equal('Ladataan ruokalistaa…');
      await expect(app.container).to.be.accessible();
      await waitFor(() => release, 'the request held');
      release?.();
      await shows(app, 'Lohikeitto');
      expect(app.container.querySelector('d1-spinner')).to.equal(null);
    });
  });
});
