// Writes assets/holidays.json: each market's public holidays, the days a
// plan made in that market's language starts with as non-working days.
// Run by hand when the years need extending:
//   npm ci --prefix scripts/holidays   (or npm install, the first time)
//   node scripts/holidays/generate.mjs > assets/holidays.json
// date-holidays computes the calendars (lunar dates included); where its
// lists differ from the holidays the law gives everyone (China's group
// days such as Youth Day, Korea's three-day Seollal and Chuseok, Vietnam's
// five-day Tet) the rules below follow the law. Governments' yearly
// arrangements (China's and Vietnam's bridged weeks, make-up working
// weekends) are announced late in the year before and are left to the
// planner to add.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const Holidays = require('date-holidays');

const FIRST = 2026;
const LAST = 2030;

const day = (d) => d.toISOString().slice(0, 10);
const shift = (iso, days) => {
  const d = new Date(iso + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return day(d);
};
const weekday = (iso) => new Date(iso + 'T00:00:00Z').getUTCDay(); // 0 Sunday

const range = (from, count, name) => Array.from({ length: count }, (_, i) => ({ date: shift(from, i), name }));

function publicDays(country, year) {
  const list = [];
  for (const h of new Holidays(country).getHolidays(year)) {
    if (h.type !== 'public') continue;
    // Multi-day entries run to an exclusive end, both in the country's time zone.
    const days = Math.round((h.end - h.start) / 86400000);
    list.push(...range(h.date.slice(0, 10), days, h.name));
  }
  return list;
}

// The lunar anchors, from Taiwan's calendar, which names each day.
function lunar(year) {
  const tw = publicDays('TW', year);
  const find = (name) => tw.find((h) => h.name.startsWith(name)).date;
  return { newYear: find('農曆年初一'), dragonBoat: find('端午節'), midAutumn: find('中秋節') };
}

const markets = {
  US: (y) => publicDays('US', y),
  ES: (y) => publicDays('ES', y),
  TW: (y) => publicDays('TW', y),
  CN: (y) => {
    const l = lunar(y);
    const qingming = publicDays('CN', y).find((h) => h.name.startsWith('清明')).date;
    return [
      { date: `${y}-01-01`, name: '元旦' },
      ...range(shift(l.newYear, -1), 4, '春节'),
      { date: qingming, name: '清明节' },
      ...range(`${y}-05-01`, 2, '劳动节'),
      { date: l.dragonBoat, name: '端午节' },
      { date: l.midAutumn, name: '中秋节' },
      ...range(`${y}-10-01`, 3, '国庆节'),
    ];
  },
  KR: (y) => {
    const l = lunar(y);
    const fixed = publicDays('KR', y).filter((h) => !/설날|추석/.test(h.name));
    const days = [...fixed];
    const taken = () => new Set(days.map((h) => h.date));
    for (const [anchor, name] of [[l.newYear, '설날'], [l.midAutumn, '추석']]) {
      const three = range(shift(anchor, -1), 3, name);
      // A Sunday or another holiday among the three days gives the next free weekday off.
      const clash = three.some((h) => weekday(h.date) === 0 || taken().has(h.date));
      days.push(...three);
      if (clash) {
        let d = shift(anchor, 2);
        while (weekday(d) === 0 || weekday(d) === 6 || taken().has(d)) d = shift(d, 1);
        days.push({ date: d, name: `${name} (대체공휴일)` });
      }
    }
    return days;
  },
  VN: (y) => {
    const l = lunar(y);
    const hung = publicDays('VN', y).find((h) => h.name.startsWith('Giỗ tổ')).date;
    return [
      { date: `${y}-01-01`, name: 'Tết Dương lịch' },
      ...range(shift(l.newYear, -1), 5, 'Tết Nguyên Đán'),
      { date: hung, name: 'Giỗ Tổ Hùng Vương' },
      { date: `${y}-04-30`, name: 'Ngày Giải phóng miền Nam' },
      { date: `${y}-05-01`, name: 'Quốc tế Lao động' },
      { date: `${y}-09-02`, name: 'Quốc khánh' },
    ];
  },
};

const out = { years: [FIRST, LAST], markets: {} };
for (const [market, days] of Object.entries(markets)) {
  const all = [];
  for (let y = FIRST; y <= LAST; ++y) all.push(...days(y));
  const seen = new Set();
  out.markets[market] = all
    .sort((a, b) => a.date.localeCompare(b.date))
    .filter((h) => !seen.has(h.date) && seen.add(h.date))
    .map((h) => [h.date, h.name]);
}
// One day a line, so that a year's change reads as a diff of days.
const lines = Object.entries(out.markets).map(
  ([market, days]) => `  ${JSON.stringify(market)}: [\n${days.map((d) => `   ${JSON.stringify(d)}`).join(',\n')}\n  ]`,
);
process.stdout.write(`{\n "years": ${JSON.stringify(out.years)},\n "markets": {\n${lines.join(',\n')}\n }\n}\n`);
