#!/usr/bin/env node
/**
 * Synthetic benchmark corpus for `summits` (no dependencies, Node >= 20).
 *
 *   node bench/generate.mjs --count 1000 --out /tmp/summits-bench-1000 [--seed 42] [--force]
 *
 * Writes <out>/NNN/aNNNNNN.md (at most 1000 articles per folder) and <out>/truth.json.
 * Same --seed and --count give byte-identical output (seeded mulberry32, no clock, no
 * Math.random). Articles are written as they are generated; truth.json is streamed.
 * --force first removes an earlier corpus (NNN/ folders and truth.json) from <out>.
 *
 * The generator functions are exported for tests:
 *   createContext({ seed, count }), articleRng(seed, index), generateArticle(rng, index, ctx),
 *   generateCorpus({ seed, count }) (a generator of articles), articlePath(index).
 * See bench/README.md for the truth format.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// ---------------------------------------------------------------------------
// PRNG and helpers
// ---------------------------------------------------------------------------

export function mulberry32(a) {
  a >>>= 0;
  return function () {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Independent PRNG stream for article `index` of corpus `seed`. */
export function articleRng(seed, index) {
  let h = Math.imul((seed >>> 0) ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return mulberry32(h >>> 0);
}

const pick = (rng, arr) => arr[(rng() * arr.length) | 0];
const int = (rng, lo, hi) => lo + ((rng() * (hi - lo + 1)) | 0);
const chance = (rng, p) => rng() < p;
function weighted(rng, pairs) {
  let total = 0;
  for (const p of pairs) total += p[1];
  let x = rng() * total;
  for (const p of pairs) {
    x -= p[1];
    if (x < 0) return p[0];
  }
  return pairs[pairs.length - 1][0];
}
function sample(rng, arr, k) {
  const a = arr.slice();
  const out = [];
  for (let i = 0; i < k && a.length; i++) out.push(a.splice((rng() * a.length) | 0, 1)[0]);
  return out;
}
function shuffle(rng, arr) {
  for (let i = arr.length - 1; i > 0; i--) {
    const j = (rng() * (i + 1)) | 0;
    [arr[i], arr[j]] = [arr[j], arr[i]];
  }
  return arr;
}
const cap = (s) => (s ? s[0].toUpperCase() + s.slice(1) : s);
const lcFirst = (s) => (s ? s[0].toLowerCase() + s.slice(1) : s);
/** Remove the comma an appositive leaves before "." or ",". */
const fixPunct = (s) => s.replace(/,(?=[.,])/g, '');
function listJoin(items) {
  if (items.length <= 1) return items.join('');
  return items.slice(0, -1).join(', ') + ' and ' + items[items.length - 1];
}
const pad2 = (n) => (n < 10 ? '0' + n : '' + n);

// ---------------------------------------------------------------------------
// Calendar (day numbers since 1970-01-01, proleptic Gregorian)
// ---------------------------------------------------------------------------

export function daysFromCivil(y, m, d) {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
export function civilFromDays(z) {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}
const dow = (z) => (((z + 4) % 7) + 7) % 7; // 0 = Sunday
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const daysInMonth = (y, m) => daysFromCivil(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - daysFromCivil(y, m, 1);
function iso(z) {
  const c = civilFromDays(z);
  return `${c.y}-${pad2(c.m)}-${pad2(c.d)}`;
}
const MIN_E = daysFromCivil(1985, 1, 1);
const MAX_E = daysFromCivil(2025, 12, 31);
const MIN_P = daysFromCivil(1985, 1, 21);
const MAX_P = daysFromCivil(2025, 12, 10);

// ---------------------------------------------------------------------------
// World: countries, people, cities, events
// ---------------------------------------------------------------------------

const CAPITALS = {
  'United States': 'Washington',
  'Russia': 'Moscow',
  'China': 'Beijing',
  'Germany': 'Berlin',
  'France': 'Paris',
  'United Kingdom': 'London',
  'Japan': 'Tokyo',
  'India': 'New Delhi',
  'Brazil': 'Brasília',
  'Turkey': 'Ankara',
  'Saudi Arabia': 'Riyadh',
  'Indonesia': 'Jakarta',
  'South Korea': 'Seoul',
  'Serbia': 'Belgrade',
  'Sweden': 'Stockholm',
  'Finland': 'Helsinki',
  'Vietnam': 'Hanoi',
  'South Africa': 'Pretoria',
  'Mexico': 'Mexico City',
  'Canada': 'Ottawa',
  'Australia': 'Canberra',
  'Poland': 'Warsaw',
};
function country(name, adj, o = {}) {
  const the = o.the ?? name;
  return { name, adj, adjT: o.adjT ?? adj, the, poss: o.poss ?? `${the}'s`, room: o.room ?? the, capital: CAPITALS[name] };
}
export const COUNTRIES = Object.fromEntries(
  [
    country('United States', 'American', { adjT: 'U.S.', the: 'the United States', poss: "America's", room: 'the U.S.' }),
    country('Russia', 'Russian'),
    country('China', 'Chinese'),
    country('Germany', 'German'),
    country('France', 'French'),
    country('United Kingdom', 'British', { the: 'the United Kingdom', poss: "Britain's", room: 'the U.K.' }),
    country('Japan', 'Japanese'),
    country('India', 'Indian'),
    country('Brazil', 'Brazilian'),
    country('Turkey', 'Turkish'),
    country('Saudi Arabia', 'Saudi'),
    country('Indonesia', 'Indonesian'),
    country('South Korea', 'South Korean'),
    country('Serbia', 'Serbian'),
    country('Sweden', 'Swedish'),
    country('Finland', 'Finnish'),
    country('Vietnam', 'Vietnamese'),
    country('South Africa', 'South African'),
    country('Mexico', 'Mexican'),
    country('Canada', 'Canadian'),
    country('Australia', 'Australian'),
    country('Poland', 'Polish'),
  ].map((c) => [c.name, c]),
);

// [country, role, title, full name, short reference, gender, extra]
const PEOPLE_RAW = [
  ['United States', 'leader', 'President', 'Daniel Whitcomb', 'Whitcomb', 'm'],
  ['United States', 'fm', 'Secretary of State', 'Margaret Ellison', 'Ellison', 'f'],
  ['United States', 'official', 'National Security Adviser', 'Raymond Okafor', 'Okafor', 'm', { lowerOk: true }],
  ['United States', 'official', 'Special Envoy', 'Laura Brennan', 'Brennan', 'f', { lowerOk: true }],
  ['Russia', 'leader', 'President', 'Viktor Sokolov', 'Sokolov', 'm'],
  ['Russia', 'fm', 'Foreign Minister', 'Pavel Orlovsky', 'Orlovsky', 'm'],
  ['Russia', 'official', 'Defense Minister', 'Yuri Tarasenko', 'Tarasenko', 'm'],
  ['China', 'leader', 'President', 'Zhou Weiming', 'Zhou', 'm'],
  ['China', 'fm', 'Foreign Minister', 'Han Jiayi', 'Han', 'f'],
  ['China', 'official', 'Vice Premier', 'Gao Shenglin', 'Gao', 'm'],
  ['Germany', 'leader', 'Chancellor', 'Katrin Albrecht', 'Albrecht', 'f'],
  ['Germany', 'fm', 'Foreign Minister', 'Matthias Brandauer', 'Brandauer', 'm'],
  ['Germany', 'official', 'Defense Minister', 'Ulrich Kessler', 'Kessler', 'm'],
  ['France', 'leader', 'President', 'Étienne Marchand', 'Marchand', 'm'],
  ['France', 'fm', 'Foreign Minister', 'Claire Dufresne', 'Dufresne', 'f'],
  ['France', 'official', 'Diplomatic Adviser', 'Julien Morel', 'Morel', 'm', { lowerOk: true }],
  ['United Kingdom', 'leader', 'Prime Minister', 'Eleanor Whitfield', 'Whitfield', 'f'],
  ['United Kingdom', 'fm', 'Foreign Secretary', 'James Pemberton', 'Pemberton', 'm'],
  ['United Kingdom', 'official', 'National Security Adviser', 'Alistair Crane', 'Crane', 'm', { lowerOk: true }],
  ['Japan', 'leader', 'Prime Minister', 'Kenji Tanabe', 'Tanabe', 'm'],
  ['Japan', 'fm', 'Foreign Minister', 'Yuko Morikawa', 'Morikawa', 'f'],
  ['Japan', 'official', 'Defense Minister', 'Hiroshi Ishiwata', 'Ishiwata', 'm'],
  ['India', 'leader', 'Prime Minister', 'Arvind Mehra', 'Mehra', 'm'],
  ['India', 'fm', 'External Affairs Minister', 'Kavita Raghavan', 'Raghavan', 'f'],
  ['India', 'official', 'National Security Adviser', 'Suresh Iyer', 'Iyer', 'm', { lowerOk: true }],
  ['Brazil', 'leader', 'President', 'Luiz Fernando Carvalho', 'Carvalho', 'm'],
  ['Brazil', 'fm', 'Foreign Minister', 'Beatriz Antunes', 'Antunes', 'f'],
  ['Brazil', 'official', 'Finance Minister', 'Rodrigo Tavares', 'Tavares', 'm'],
  ['Turkey', 'leader', 'President', 'Mehmet Karaca', 'Karaca', 'm'],
  ['Turkey', 'fm', 'Foreign Minister', 'Ayşe Korkmaz', 'Korkmaz', 'f'],
  ['Turkey', 'official', 'Defense Minister', 'Emre Şahinbaş', 'Şahinbaş', 'm'],
  ['Saudi Arabia', 'leader', 'Crown Prince', 'Abdulrahman bin Saud', 'Prince Abdulrahman', 'm', { titleShort: 'Crown Prince Abdulrahman' }],
  ['Saudi Arabia', 'fm', 'Foreign Minister', 'Adel Al-Harbi', 'Al-Harbi', 'm'],
  ['Saudi Arabia', 'official', 'Energy Minister', 'Khalid Al-Mutairi', 'Al-Mutairi', 'm'],
  ['Indonesia', 'leader', 'President', 'Arief Wicaksono', 'Wicaksono', 'm'],
  ['Indonesia', 'fm', 'Foreign Minister', 'Dewi Kusumawati', 'Kusumawati', 'f'],
  ['Indonesia', 'official', 'Trade Minister', 'Hendra Pratomo', 'Pratomo', 'm'],
  ['South Korea', 'leader', 'President', 'Kwon Seung-ho', 'Kwon', 'm'],
  ['South Korea', 'fm', 'Foreign Minister', 'Shin Hye-jin', 'Shin', 'f'],
  ['South Korea', 'official', 'National Security Adviser', 'Oh Jae-sung', 'Oh', 'm', { lowerOk: true }],
  ['Serbia', 'leader', 'President', 'Elena Marković', 'Marković', 'f'],
  ['Serbia', 'fm', 'Foreign Minister', 'Nikola Radovanović', 'Radovanović', 'm'],
  ['Serbia', 'official', 'Defense Minister', 'Miloš Vukadinović', 'Vukadinović', 'm'],
  ['Sweden', 'leader', 'Prime Minister', 'Anna Bergström', 'Bergström', 'f'],
  ['Sweden', 'fm', 'Foreign Minister', 'Tomas Lindqvist', 'Lindqvist', 'm'],
  ['Sweden', 'official', 'Defense Minister', 'Karl Ekdahl', 'Ekdahl', 'm'],
  ['Finland', 'leader', 'President', 'Juhani Virtanen', 'Virtanen', 'm'],
  ['Finland', 'fm', 'Foreign Minister', 'Aino Laaksonen', 'Laaksonen', 'f'],
  ['Finland', 'official', 'Defense Minister', 'Ilkka Hämäläinen', 'Hämäläinen', 'm'],
  ['Vietnam', 'leader', 'Prime Minister', 'Tran Quoc Vinh', 'Vinh', 'm'],
  ['Vietnam', 'fm', 'Foreign Minister', 'Le Thi Hoa', 'Hoa', 'f'],
  ['Vietnam', 'official', 'Deputy Prime Minister', 'Do Minh Khang', 'Khang', 'm'],
  ['South Africa', 'leader', 'President', 'Sipho Ndlovu', 'Ndlovu', 'm'],
  ['South Africa', 'fm', 'Foreign Minister', 'Zanele Mokoena', 'Mokoena', 'f'],
  ['South Africa', 'official', 'Trade Minister', 'Pieter van der Merwe', 'van der Merwe', 'm'],
  ['Mexico', 'leader', 'President', 'Alejandra Ruiz Ferrer', 'Ruiz', 'f'],
  ['Mexico', 'fm', 'Foreign Minister', 'Joaquín Esparza', 'Esparza', 'm'],
  ['Mexico', 'official', 'Economy Minister', 'Lucía Bermúdez', 'Bermúdez', 'f'],
  ['Canada', 'leader', 'Prime Minister', 'Graham MacLeod', 'MacLeod', 'm'],
  ['Canada', 'fm', 'Foreign Minister', 'Sophie Tremblay', 'Tremblay', 'f'],
  ['Canada', 'official', 'Defence Minister', 'Ravi Chandran', 'Chandran', 'm'],
  ['Australia', 'leader', 'Prime Minister', 'Fiona Gallagher', 'Gallagher', 'f'],
  ['Australia', 'fm', 'Foreign Minister', 'Lachlan Hughes', 'Hughes', 'm'],
  ['Australia', 'official', 'Trade Minister', "Marcus O'Rourke", "O'Rourke", 'm'],
  ['Poland', 'leader', 'President', 'Tomasz Wierzbicki', 'Wierzbicki', 'm'],
  ['Poland', 'fm', 'Foreign Minister', 'Agnieszka Zielińska', 'Zielińska', 'f'],
  ['Poland', 'official', 'Defense Minister', 'Paweł Grabowski', 'Grabowski', 'm'],
];
export const PEOPLE = PEOPLE_RAW.map(([cn, role, title, full, short, gender, extra = {}], id) => ({
  id,
  c: COUNTRIES[cn],
  role,
  title,
  full,
  short,
  gender,
  titleShort: extra.titleShort ?? `${title} ${short}`,
  roleLower: title.toLowerCase(),
  lowerOk: !!extra.lowerOk,
}));
const LEADERS = PEOPLE.filter((p) => p.role === 'leader');
const FMS = PEOPLE.filter((p) => p.role === 'fm');
const BY_LEVEL = { leader: LEADERS, fm: FMS };
const PEOPLE_BY_COUNTRY = {};
for (const p of PEOPLE) (PEOPLE_BY_COUNTRY[p.c.name] ??= []).push(p);
const pron = (p) => (p.gender === 'f' ? 'she' : 'he');

// [city, country, state/region shown in "City, Region" (null = country), venues]
const CITIES_RAW = [
  ['Geneva', 'Switzerland', null, ['the Palais des Nations', 'the InterContinental Geneva', 'Villa La Grange', 'the Hotel President Wilson']],
  ['Davos', 'Switzerland', null, ['the Davos Congress Centre', 'the Hotel Seehof']],
  ['Bern', 'Switzerland', null, ['the Federal Palace', 'the von Wattenwyl House']],
  ['Hamburg', 'Germany', null, ['the Hamburg Messe', 'the Elbphilharmonie', 'Hamburg City Hall']],
  ['Berlin', 'Germany', null, ['the Federal Chancellery', 'Bellevue Palace', 'the Hotel Adlon']],
  ['Munich', 'Germany', null, ['the Hotel Bayerischer Hof', 'the Munich Residenz']],
  ['Da Nang', 'Vietnam', null, ['the Ariyana Convention Centre', 'the InterContinental Danang Sun Peninsula Resort']],
  ['Hanoi', 'Vietnam', null, ['the Presidential Palace', 'the National Convention Center', 'the Sofitel Legend Metropole']],
  ['Osaka', 'Japan', null, ['INTEX Osaka', 'the Imperial Hotel Osaka']],
  ['Tokyo', 'Japan', null, ['Akasaka Palace', "the Prime Minister's Office", 'the Iikura Guest House']],
  ['Hiroshima', 'Japan', null, ['the Grand Prince Hotel Hiroshima', 'the Peace Memorial Park']],
  ['Riyadh', 'Saudi Arabia', null, ['Al-Yamamah Palace', 'the Ritz-Carlton Riyadh', 'the King Abdulaziz International Conference Center']],
  ['Jeddah', 'Saudi Arabia', null, ['Al-Salam Palace']],
  ['Anchorage', 'United States', 'Alaska', ['the Captain Cook Hotel', "the Dena'ina Civic and Convention Center"]],
  ['Helsinki', 'Finland', null, ['the Presidential Palace', 'Finlandia Hall', 'the Hotel Kämp']],
  ['Bali', 'Indonesia', null, ['the Apurva Kempinski', 'the Bali Nusa Dua Convention Center']],
  ['Jakarta', 'Indonesia', null, ['Merdeka Palace', 'the ASEAN Secretariat']],
  ['Washington', 'United States', 'D.C.', ['the White House', 'Blair House', 'the State Department']],
  ['New York', 'United States', 'New York', ['United Nations headquarters', 'the Lotte New York Palace', 'the Waldorf Astoria']],
  ['San Francisco', 'United States', 'California', ['the Moscone Center', 'the Fairmont San Francisco']],
  ['Honolulu', 'United States', 'Hawaii', ['the Hawaii Convention Center', 'the Hilton Hawaiian Village']],
  ['Pittsburgh', 'United States', 'Pennsylvania', ['the David L. Lawrence Convention Center']],
  ['Moscow', 'Russia', null, ['the Kremlin', 'the Ritz-Carlton Moscow', 'the Osobnyak guest house']],
  ['St. Petersburg', 'Russia', null, ['Konstantinovsky Palace', 'the Tauride Palace']],
  ['Sochi', 'Russia', null, ['the Bocharov Ruchei residence', 'the Sirius Park of Science and Art']],
  ['Vladivostok', 'Russia', null, ['the Far Eastern Federal University campus']],
  ['Kazan', 'Russia', null, ['Kazan Expo']],
  ['Beijing', 'China', null, ['the Great Hall of the People', 'the Diaoyutai State Guesthouse', 'the China National Convention Center']],
  ['Shanghai', 'China', null, ['the Shanghai Expo Center', 'the Peace Hotel']],
  ['Xiamen', 'China', null, ['the Xiamen International Conference and Exhibition Center']],
  ['Hangzhou', 'China', null, ['the Hangzhou International Expo Center', 'the West Lake State Guesthouse']],
  ['Paris', 'France', null, ['the Élysée Palace', "the Quai d'Orsay", 'the Hôtel de Marigny']],
  ['Biarritz', 'France', null, ['the Hôtel du Palais']],
  ['Cannes', 'France', null, ['the Palais des Festivals']],
  ['Strasbourg', 'France', null, ["the Palais de l'Europe"]],
  ['London', 'United Kingdom', 'England', ['10 Downing Street', 'Lancaster House', 'Buckingham Palace']],
  ['Newport', 'United Kingdom', 'Wales', ['the Celtic Manor Resort']],
  ['Brussels', 'Belgium', null, ['NATO headquarters', 'the Europa building', 'the Egmont Palace']],
  ['Vilnius', 'Lithuania', null, ['the Litexpo exhibition center', 'the Presidential Palace']],
  ['Riga', 'Latvia', null, ['Riga Castle', 'the National Library of Latvia']],
  ['Warsaw', 'Poland', null, ['the Belweder Palace', 'the Presidential Palace', 'the National Stadium']],
  ['Madrid', 'Spain', null, ['the IFEMA convention center', 'Moncloa Palace', 'the Royal Palace of Madrid']],
  ['Lisbon', 'Portugal', null, ['Belém Palace', 'the FIL congress center']],
  ['Rome', 'Italy', null, ['Palazzo Chigi', 'the Quirinal Palace', 'La Nuvola convention center']],
  ['Taormina', 'Italy', null, ['the San Domenico Palace hotel', 'the Teatro Antico']],
  ['Vienna', 'Austria', null, ['the Hofburg', 'Palais Coburg', 'the Hotel Imperial']],
  ['Prague', 'Czech Republic', null, ['Prague Castle', 'Czernin Palace']],
  ['Bucharest', 'Romania', null, ['the Palace of the Parliament', 'Cotroceni Palace']],
  ['Istanbul', 'Turkey', null, ['Dolmabahçe Palace', 'the Vahdettin Pavilion']],
  ['Ankara', 'Turkey', null, ['the Presidential Complex', 'Çankaya Mansion']],
  ['Antalya', 'Turkey', null, ['the Regnum Carya resort']],
  ['Belgrade', 'Serbia', null, ['the Palace of Serbia', 'the Presidency building']],
  ['Stockholm', 'Sweden', null, ['Rosenbad', 'Sager House', 'the Royal Palace']],
  ['Copenhagen', 'Denmark', null, ['Christiansborg Palace', 'Eigtveds Pakhus']],
  ['Reykjavik', 'Iceland', null, ['Höfði House', 'the Harpa concert hall']],
  ['New Delhi', 'India', null, ['Hyderabad House', 'Bharat Mandapam', 'Rashtrapati Bhavan']],
  ['Mumbai', 'India', null, ['the Taj Mahal Palace hotel', 'the Trident Nariman Point']],
  ['Goa', 'India', null, ['the Taj Exotica resort']],
  ['Seoul', 'South Korea', null, ['Cheong Wa Dae', 'the Shilla Hotel', 'the Yongsan presidential office']],
  ['Busan', 'South Korea', null, ['BEXCO', 'Nurimaru APEC House']],
  ['Singapore', 'Singapore', null, ['the Capella Hotel', 'the Shangri-La Hotel', 'the Istana']],
  ['Kuala Lumpur', 'Malaysia', null, ['the Kuala Lumpur Convention Centre', 'the Istana Negara']],
  ['Bangkok', 'Thailand', null, ['Government House', 'the Queen Sirikit National Convention Center']],
  ['Manila', 'Philippines', null, ['Malacañang Palace', 'the Philippine International Convention Center']],
  ['Phnom Penh', 'Cambodia', null, ['the Peace Palace', 'the Sokha Hotel']],
  ['Vientiane', 'Laos', null, ['the National Convention Centre']],
  ['Canberra', 'Australia', null, ['Parliament House', 'The Lodge']],
  ['Sydney', 'Australia', null, ['Kirribilli House', 'the International Convention Centre Sydney']],
  ['Brisbane', 'Australia', null, ['the Brisbane Convention and Exhibition Centre']],
  ['Ottawa', 'Canada', null, ['Parliament Hill', 'Rideau Hall']],
  ['Toronto', 'Canada', null, ['the Metro Toronto Convention Centre']],
  ['Mexico City', 'Mexico', null, ['the National Palace', 'Los Pinos']],
  ['Buenos Aires', 'Argentina', null, ['the Casa Rosada', 'the Costa Salguero convention center']],
  ['Brasília', 'Brazil', null, ['the Planalto Palace', 'Itamaraty Palace', 'the Alvorada Palace']],
  ['Rio de Janeiro', 'Brazil', null, ['the Museum of Modern Art', 'the Copacabana Palace hotel']],
  ['Lima', 'Peru', null, ['the Government Palace', 'the Lima Convention Center']],
  ['Santiago', 'Chile', null, ['La Moneda Palace']],
  ['Johannesburg', 'South Africa', null, ['the Sandton Convention Centre']],
  ['Pretoria', 'South Africa', null, ['the Union Buildings']],
  ['Durban', 'South Africa', null, ['the Durban International Convention Centre']],
  ['Cairo', 'Egypt', null, ['Ittihadiya Palace', 'Heliopolis Palace']],
  ['Sharm el-Sheikh', 'Egypt', null, ['the Tonino Lamborghini International Convention Center']],
  ['Addis Ababa', 'Ethiopia', null, ['the African Union headquarters']],
  ['Abu Dhabi', 'United Arab Emirates', null, ['Qasr Al Watan', 'the Emirates Palace']],
  ['Doha', 'Qatar', null, ['the Amiri Diwan', 'the Sheraton Grand Doha']],
  ['Astana', 'Kazakhstan', null, ['the Akorda Presidential Palace', 'the Palace of Independence']],
  ['Baku', 'Azerbaijan', null, ['the Heydar Aliyev Center']],
  ['Budapest', 'Hungary', null, ['the Carmelite Monastery', 'Sándor Palace']],
  ['Valletta', 'Malta', null, ['the Auberge de Castille']],
  ['Port Moresby', 'Papua New Guinea', null, ['APEC Haus']],
  ['Ulaanbaatar', 'Mongolia', null, ['the State Palace']],
  ['Bogotá', 'Colombia', null, ['the Casa de Nariño']],
  ['Kyiv', 'Ukraine', null, ['the Mariinsky Palace']],
  ['Nairobi', 'Kenya', null, ['State House']],
];
export const CITIES = CITIES_RAW.map(([name, countryName, region, venues]) => ({
  name,
  country: countryName,
  venues,
  // "Hamburg, Germany" / "Anchorage, Alaska" / "Singapore"
  withRegion: name === countryName ? name : `${name}, ${region ?? countryName}`,
}));
const CITY = Object.fromEntries(CITIES.map((c) => [c.name, c]));
const CITIES_BY_COUNTRY = {};
for (const c of CITIES) (CITIES_BY_COUNTRY[c.country] ??= []).push(c);

export const EVENTS = [
  { name: 'G20 Summit', months: [4, 6, 7, 9, 10, 11], since: 2008, forms: ['G20 Summit', 'G20 summit', 'Group of 20 summit', 'G-20 summit'], hosts: ['Washington', 'London', 'Pittsburgh', 'Toronto', 'Seoul', 'Cannes', 'St. Petersburg', 'Brisbane', 'Antalya', 'Hangzhou', 'Hamburg', 'Buenos Aires', 'Osaka', 'Rome', 'Bali', 'New Delhi', 'Rio de Janeiro', 'Johannesburg'] },
  { name: 'APEC Summit', months: [9, 10, 11], since: 1993, forms: ['APEC Summit', 'APEC summit', 'Asia-Pacific Economic Cooperation summit', "APEC leaders' meeting"], hosts: ['Da Nang', 'Lima', 'Manila', 'Beijing', 'Bali', 'Vladivostok', 'Honolulu', 'Singapore', 'Sydney', 'Hanoi', 'Busan', 'Santiago', 'Bangkok', 'San Francisco', 'Port Moresby', 'Kuala Lumpur'] },
  { name: 'UN General Assembly', months: [9], since: 1946, forms: ['UN General Assembly', 'United Nations General Assembly', 'U.N. General Assembly'], hosts: ['New York'] },
  { name: 'NATO Summit', months: [4, 5, 6, 7], since: 1949, forms: ['NATO summit', 'NATO Summit', "NATO leaders' summit"], hosts: ['Brussels', 'Vilnius', 'Madrid', 'Washington', 'Warsaw', 'Newport', 'Lisbon', 'Bucharest', 'Strasbourg', 'Prague', 'Istanbul', 'Riga', 'London'] },
  { name: 'ASEAN Summit', months: [4, 5, 10, 11], since: 1976, forms: ['ASEAN Summit', 'ASEAN summit', 'summit of the Association of Southeast Asian Nations'], hosts: ['Jakarta', 'Hanoi', 'Singapore', 'Kuala Lumpur', 'Bangkok', 'Manila', 'Phnom Penh', 'Vientiane', 'Bali'] },
  { name: 'G7 Summit', months: [5, 6, 7, 8], since: 1975, forms: ['G7 summit', 'Group of Seven summit', 'G-7 summit'], hosts: ['Biarritz', 'Hiroshima', 'Taormina', 'London', 'Tokyo', 'Munich', 'Ottawa'] },
  { name: 'BRICS Summit', months: [6, 7, 8, 10], since: 2009, forms: ['BRICS summit', 'BRICS Summit'], hosts: ['Johannesburg', 'Kazan', 'Xiamen', 'Goa', 'Durban', 'Brasília', 'New Delhi'] },
  { name: 'East Asia Summit', months: [10, 11], since: 2005, forms: ['East Asia Summit'], hosts: ['Kuala Lumpur', 'Singapore', 'Jakarta', 'Phnom Penh', 'Vientiane', 'Manila'] },
  { name: 'Munich Security Conference', months: [2], since: 1963, forms: ['Munich Security Conference'], hosts: ['Munich'] },
  { name: 'World Economic Forum', months: [1], since: 1971, forms: ['World Economic Forum', 'World Economic Forum annual meeting'], hosts: ['Davos'] },
];

export const PUBLISHERS = [
  'The Meridian Post', 'Global Ledger', 'Northbridge Herald', 'Capital Dispatch', 'The Continental Review',
  'Eastgate Times', 'The World Courier', 'Pacific Sentinel', 'The Diplomatic Record', 'Baltic Observer',
  'The Evening Compass', 'Lakeside Gazette', 'Atlas Newswire', 'The Daily Parallel', 'Crossroads Journal',
  'The Independent Standard', 'Horizon Weekly', 'The Federal Courier', 'Southern Cross Review', 'Harborline News',
];

const ANALYSTS = [
  ['Hannah Okonkwo', 'Okonkwo'], ['David Feldstein', 'Feldstein'], ['Sara Lindholm', 'Lindholm'],
  ['Rahul Deshpande', 'Deshpande'], ['Ingrid Halvorsen', 'Halvorsen'], ['Marco Bellini', 'Bellini'],
  ['Yara Haddad', 'Haddad'], ['Kwame Mensah', 'Mensah'], ['Elif Arslan', 'Arslan'], ['Olga Petrenko', 'Petrenko'],
  ['Jonathan Reyes', 'Reyes'], ['Mei Lin Tan', 'Tan'], ['Samuel Adeyemi', 'Adeyemi'], ['Katja Brenner', 'Brenner'],
  ['Tomás Echeverría', 'Echeverría'], ['Naomi Sato', 'Sato'], ['Andrew Kowalczyk', 'Kowalczyk'], ['Leila Farahani', 'Farahani'],
].map(([full, short], i) => ({ id: 1000 + i, full, short, analyst: true }));
const INSTITUTES = [
  'the International Institute for Strategic Studies', 'the Carnegie Endowment for International Peace', 'Chatham House',
  'the Brookings Institution', 'the Lowy Institute', 'the German Marshall Fund', 'the S. Rajaratnam School of International Studies',
  'the Center for Strategic and International Studies', 'the European Council on Foreign Relations',
  'the Finnish Institute of International Affairs', 'the Stockholm International Peace Research Institute', 'the Atlantic Council',
];
const UNIVERSITIES = ['Georgetown University', 'Sciences Po', 'the University of Tokyo', 'the London School of Economics', 'Seoul National University', 'the University of Cape Town', 'Leiden University'];
const PROGRAMS = ['Asia', 'Europe', 'Middle East', 'geoeconomics', 'arms control', 'Indo-Pacific', 'transatlantic security'];

const PHOTOGRAPHERS = ['Jonas Weber', 'Ana Ribeiro', 'Louisa Grant', 'Pierre Lambert', 'Mikhail Voronin', 'Sven Nilsson', 'Aditi Rao', 'Carlos Mendes', 'Yusuf Demir', 'Hannah Price', 'Takeshi Mori', 'Olivia Hart', 'Ahmed Farouk', 'Zoe Kaplan', 'Lee Dong-wook', 'Nguyen Thanh Long'];
const AGENCIES = ['AFP', 'Getty Images', 'Reuters', 'AP', 'Anadolu Agency', 'Xinhua', 'EPA', 'Pool/AFP', 'Sputnik', 'Bloomberg', 'Kyodo', 'Yonhap'];

const TOPICS = [
  'energy security', 'grain exports', 'semiconductor supply chains', 'climate finance', 'migration', 'arms control',
  'debt relief', 'maritime security', 'visa liberalization', 'rare earth minerals', 'trade tariffs', 'nuclear non-proliferation',
  'counterterrorism cooperation', 'infrastructure investment', 'food security', 'public health', 'fisheries rights',
  'a stalled free trade agreement', 'cybersecurity', 'space cooperation', 'regional stability', 'energy prices',
  'a proposed gas pipeline', 'student exchanges', 'reconstruction aid', 'defense procurement', 'critical minerals',
];
const SECTORS = ['automotive', 'agricultural', 'pharmaceutical', 'steel', 'renewable energy', 'liquefied natural gas', 'shipbuilding', 'textile', 'telecommunications', 'mining', 'aerospace', 'fertilizer', 'banking'];
const ORGS = ['the International Monetary Fund', 'the World Bank', 'the World Trade Organization', 'the European Union', 'the United Nations', 'the Asian Development Bank', 'the OECD'];
const TONES = ['frank', 'businesslike', 'cordial', 'tense at times', 'productive', 'constructive', 'candid'];
const DURATIONS = ['about two hours', 'nearly three hours', 'more than an hour', 'roughly 90 minutes', 'about 45 minutes', 'just under an hour'];
const AGREE_TO = [
  'restore direct flights between their capitals', 'set up a hotline between their defense ministries',
  'launch negotiations on a trade agreement', 'expand cooperation on renewable energy', 'resume regular consultations on security',
  'ease visa requirements for business travelers', 'create a joint commission on investment',
];
const CALL_CLAUSES = ['the door to negotiations remained open', 'support for the reconstruction effort would continue', 'the proposed tariffs were a mistake', 'progress on the trade talks was overdue', 'a solution on the border question was within reach'];

const HISTORY = [
  ['the fall of the Berlin Wall', 1989], ['the Iraqi invasion of Kuwait', 1990], ['the collapse of the Soviet Union', 1991],
  ['the 1997 Asian financial crisis', 1997], ['the September 11 attacks', 2001], ['the U.S.-led invasion of Iraq', 2003],
  ['the 2008 global financial crisis', 2008], ['the annexation of Crimea', 2014], ['the Covid-19 pandemic', 2020],
  ["Russia's full-scale invasion of Ukraine", 2022],
];
const TREATIES = ['Treaty of Friendship and Cooperation', 'bilateral investment treaty', 'border demarcation agreement', 'fisheries accord', 'treaty on good-neighborly relations', 'double taxation agreement'];
const DEMANDS = ['release detained journalists', 'reopen the border crossings', 'withdraw the proposed tariffs', 'respect the ceasefire', 'return to the negotiating table', 'lift the export ban'];
const AUDIENCES = ['parliament', 'business leaders', 'students', 'a party congress', 'a security forum', 'diplomats'];
const WARNINGS = [
  'the international order was under strain', 'protectionism would hurt everyone', 'the region could not afford another arms race',
  'climate commitments were slipping', 'economic coercion must not be tolerated',
];
const CAPTION_ACTIONS = ['speaks during a news conference', 'arrives at the airport', 'looks on during a ceremony', 'addresses supporters', 'leaves a cabinet session', 'gestures as he speaks', 'walks to a waiting car'];

// ---------------------------------------------------------------------------
// Encounter templates. Sentences start lowercase when they start with literal
// text; they are capitalized (or prefixed with "Separately, " …) afterwards.
// ---------------------------------------------------------------------------

const T = (id, kind, status, f, o = {}) => ({ id, kind, status, f, venue: !!o.venue, host: !!o.host });
export const TEMPLATES = [
  // held, in-person meetings
  T('m1', 'meeting', 'held', (c) => `${c.A} met ${c.B} in ${c.city} ${c.D}.`),
  T('m2', 'meeting', 'held', (c) => `${c.A} and ${c.B} held talks in ${c.cityR} ${c.D}.`),
  T('m3', 'meeting', 'held', (c) => `${c.D}, ${c.A} met with ${c.B} in ${c.city}, where the two discussed ${c.topic}.`),
  T('m4', 'meeting', 'held', (c) => `${c.A} held a bilateral meeting with ${c.B} at ${c.venue} in ${c.city} ${c.D}.`, { venue: true }),
  T('m5', 'meeting', 'held', (c) => `a bilateral meeting between ${c.A} and ${c.B} took place at ${c.venue} in ${c.city} ${c.D}.`, { venue: true }),
  T('m6', 'meeting', 'held', (c) => `${c.A} hosted ${c.B} at ${c.venue} in ${c.city} ${c.D} for talks on ${c.topic}.`, { venue: true, host: true }),
  T('m7', 'meeting', 'held', (c) => `${c.A} received ${c.B} in ${c.city} ${c.D}.`, { host: true }),
  T('m8', 'meeting', 'held', (c) => `${c.A} sat down with ${c.B} in ${c.city} ${c.D} for talks that officials described as ${c.tone}.`),
  T('m9', 'meeting', 'held', (c) => `in ${c.city} ${c.D}, ${c.A} and ${c.B} met for more than two hours.`),
  T('m10', 'meeting', 'held', (c) => `${c.B} held talks with ${c.A} in ${c.cityR} ${c.D}, focusing on ${c.topic}.`),
  T('m11', 'meeting', 'held', (c) => `${c.A} and ${c.B} met face to face at ${c.venue} in ${c.city} ${c.D}.`, { venue: true }),
  T('m12', 'meeting', 'held', (c) => `the meeting between ${c.A} and ${c.B} in ${c.city} ${c.D} lasted nearly three hours, officials said.`),
  T('m13', 'meeting', 'held', (c) => `${c.A} and ${c.B} met in ${c.cityR} ${c.D} to discuss ${c.topic}.`),
  // held summits
  T('s1', 'summit', 'held', (c) => `${c.A} and ${c.B} held a summit in ${c.city} ${c.D}.`),
  T('s2', 'summit', 'held', (c) => `the summit between ${c.A} and ${c.B} in ${c.city} ${c.D} ended without a joint statement.`),
  T('s3', 'summit', 'held', (c) => `at their summit in ${c.city} ${c.D}, ${c.A} and ${c.B} agreed to ${c.agree}.`),
  T('s4', 'summit', 'held', (c) => `${c.A} and ${c.B} met for a summit at ${c.venue} in ${c.city} ${c.D}.`, { venue: true }),
  T('s5', 'summit', 'held', (c) => `${c.A} and ${c.B} sat down for their summit at ${c.venue} in ${c.cityR} ${c.D}.`, { venue: true }),
  T('s6', 'summit', 'held', (c) => `${c.A} hosted ${c.B} for a summit in ${c.city} ${c.D}.`, { host: true }),
  // held sideline meetings at multilateral events
  T('e1', 'sideline', 'held', (c) => `${c.A} met with ${c.B} on the sidelines of the ${c.event} in ${c.city} ${c.D}.`),
  T('e2', 'sideline', 'held', (c) => `on the sidelines of the ${c.event} in ${c.city} ${c.D}, ${c.A} held talks with ${c.B}.`),
  T('e3', 'sideline', 'held', (c) => `${c.A} and ${c.B} met briefly at the ${c.event} in ${c.city} ${c.D}.`),
  T('e4', 'sideline', 'held', (c) => `${c.A} held a bilateral meeting with ${c.B} at the ${c.event} in ${c.city} ${c.D}.`),
  T('e5', 'sideline', 'held', (c) => `${c.A} met ${c.B} at ${c.venue} on the sidelines of the ${c.event} in ${c.city} ${c.D}.`, { venue: true }),
  T('e6', 'sideline', 'held', (c) => `${c.A} and ${c.B} held talks on the margins of the ${c.event} in ${c.cityR} ${c.D}.`),
  T('e7', 'sideline', 'held', (c) => `${c.D}, ${c.A} and ${c.B} met on the sidelines of the ${c.event} in ${c.city}.`),
  // held phone calls
  T('c1', 'call', 'held', (c) => `${c.A} spoke by phone with ${c.B} ${c.D}.`),
  T('c2', 'call', 'held', (c) => `${c.A} and ${c.B} held a telephone conversation ${c.D}.`),
  T('c3', 'call', 'held', (c) => `${c.D}, ${c.A} had a phone call with ${c.B}, according to a readout released by the ${c.adjA} government.`),
  T('c4', 'call', 'held', (c) => `in a phone call ${c.D}, ${c.A} told ${c.B} that ${c.callClause}.`),
  T('c5', 'call', 'held', (c) => `${c.A} called ${c.B} ${c.D} to discuss ${c.topic}.`),
  T('c6', 'call', 'held', (c) => `${c.A} and ${c.B} spoke by telephone ${c.D}, their first conversation in several months.`),
  T('c7', 'call', 'held', (c) => `${c.A} held a phone call with ${c.B} ${c.D}.`),
  T('c8', 'call', 'held', (c) => `${c.B} received a phone call from ${c.A} ${c.D}.`),
  // held video calls
  T('v1', 'video', 'held', (c) => `in a video call ${c.D}, ${c.A} and ${c.B} discussed ${c.topic}.`),
  T('v2', 'video', 'held', (c) => `${c.A} and ${c.B} held a videoconference ${c.D}.`),
  T('v3', 'video', 'held', (c) => `a videoconference between ${c.A} and ${c.B} ${c.D} focused on ${c.topic}.`),
  T('v4', 'video', 'held', (c) => `${c.A} and ${c.B} held a virtual summit ${c.D}.`),
  T('v5', 'video', 'held', (c) => `${c.A} joined ${c.B} for a video call ${c.D}.`),
  T('v6', 'video', 'held', (c) => `${c.A} and ${c.B} spoke via video link ${c.D}.`),
  // announced (future) encounters
  T('am1', 'meeting', 'announced', (c) => `${c.A} will meet ${c.B} in ${c.city} ${c.D}.`),
  T('am2', 'meeting', 'announced', (c) => `${c.A} is scheduled to hold talks with ${c.B} in ${c.cityR} ${c.D}, ${c.adjA} officials said.`),
  T('am3', 'meeting', 'announced', (c) => `${c.A} will host ${c.B} at ${c.venue} in ${c.city} ${c.D}.`, { venue: true, host: true }),
  T('am4', 'meeting', 'announced', (c) => `${c.A} and ${c.B} are due to meet in ${c.city} ${c.D}.`),
  T('as1', 'summit', 'announced', (c) => `${c.A} and ${c.B} will hold a summit in ${c.city} ${c.D}, the two governments announced.`),
  T('as2', 'summit', 'announced', (c) => `${c.A} is set to host ${c.B} for a summit in ${c.city} ${c.D}.`, { host: true }),
  T('as3', 'summit', 'announced', (c) => `${c.A} and ${c.B} will meet for a summit at ${c.venue} in ${c.city} ${c.D}.`, { venue: true }),
  T('ae1', 'sideline', 'announced', (c) => `${c.A} will meet ${c.B} on the sidelines of the ${c.event} in ${c.city} ${c.D}.`),
  T('ae2', 'sideline', 'announced', (c) => `${c.A} and ${c.B} are expected to hold a bilateral meeting at the ${c.event} in ${c.city} ${c.D}, officials said.`),
  T('ac1', 'call', 'announced', (c) => `${c.A} will speak by phone with ${c.B} ${c.D}, ${c.adjA} officials said.`),
  T('ac2', 'call', 'announced', (c) => `${c.A} and ${c.B} are scheduled to hold a telephone call ${c.D}.`),
  T('av1', 'video', 'announced', (c) => `${c.A} and ${c.B} will hold a video call ${c.D}.`),
  T('av2', 'video', 'announced', (c) => `${c.A} and ${c.B} are set to hold a virtual summit ${c.D}, according to ${c.adjA} officials.`),
];

// ---------------------------------------------------------------------------
// Date phrases. Each resolves, against the publication date, to exactly one
// day / month / year — the truth records that precision.
// ---------------------------------------------------------------------------

const DAY_TYPES = new Set(['weekday', 'yesterday', 'tomorrow', 'fullUS', 'fullUK', 'monthDay', 'weekdayDate']);
const PAST_TYPES = [['weekday', 30], ['fullUS', 14], ['fullUK', 5], ['monthDay', 10], ['weekdayDate', 4], ['yesterday', 4], ['monthYear', 5], ['monthOnly', 2], ['earlierMonth', 3], ['lastWeek', 3], ['earlierYear', 4]];
const FUTURE_TYPES = [['weekday', 22], ['fullUS', 18], ['fullUK', 5], ['monthDay', 14], ['weekdayDate', 4], ['tomorrow', 4], ['monthYear', 5], ['nextMonth', 3], ['monthOnlyNext', 3], ['laterMonth', 4], ['laterYear', 4]];
export const DATE_PHRASE_TYPES = [...new Set([...PAST_TYPES, ...FUTURE_TYPES].map((t) => t[0]))];

function buildDatePhrase(rng, type, past, P, fixedGap) {
  const p = civilFromDays(P);
  const R = (lo, hi) => (fixedGap !== undefined ? (fixedGap >= lo && fixedGap <= hi ? fixedGap : null) : lo <= hi ? int(rng, lo, hi) : null);
  const dim = daysInMonth(p.y, p.m);
  const left = dim - p.d; // days left in the publication month
  let g = null;
  let kind = 'day';
  let text;
  switch (type) {
    case 'weekday': g = past ? R(0, 6) : R(1, 6); break;
    case 'yesterday': if (past) g = R(1, 1); break;
    case 'tomorrow': if (!past) g = R(1, 1); break;
    case 'fullUS': case 'fullUK': case 'monthDay': case 'weekdayDate': g = past ? R(0, 20) : R(1, 20); break;
    case 'monthYear': g = past ? R(0, 20) : R(1, 20); kind = 'month'; break;
    case 'monthOnly': if (past) g = R(0, 20); kind = 'month'; break;
    case 'earlierMonth': if (past) g = R(2, Math.min(20, p.d - 1)); kind = 'month'; break;
    case 'lastWeek': {
      if (!past || fixedGap !== undefined) return null;
      const sinceMonday = (dow(P) + 6) % 7;
      const prevMonday = P - sinceMonday - 7;
      const from = civilFromDays(prevMonday - 1); // Sunday-start weeks too
      if (from.y !== p.y || from.m !== p.m) return null;
      g = P - (prevMonday + int(rng, 0, 5));
      kind = 'month';
      break;
    }
    case 'earlierYear': if (past && p.m > 1 && p.d <= 20) g = R(p.d, 20); kind = 'year'; break;
    case 'nextMonth': case 'monthOnlyNext': {
      if (past) return null;
      const nm = p.m === 12 ? daysInMonth(p.y + 1, 1) : daysInMonth(p.y, p.m + 1);
      g = R(left + 1, Math.min(20, left + nm));
      kind = 'month';
      break;
    }
    case 'laterMonth': if (!past) g = R(2, Math.min(20, left)); kind = 'month'; break;
    case 'laterYear': if (!past && p.m < 12) g = R(left + 1, 20); kind = 'year'; break;
    default: return null;
  }
  if (g === null) return null;
  const E = past ? P - g : P + g;
  if (E < MIN_E || E > MAX_E) return null;
  const e = civilFromDays(E);
  const M = MONTHS[e.m - 1];
  switch (type) {
    case 'weekday': text = `on ${WEEKDAYS[dow(E)]}`; break;
    case 'yesterday': text = 'yesterday'; break;
    case 'tomorrow': text = 'tomorrow'; break;
    case 'fullUS': text = `on ${M} ${e.d}, ${e.y}`; break;
    case 'fullUK': text = `on ${e.d} ${M} ${e.y}`; break;
    case 'monthDay': text = `on ${M} ${e.d}`; break;
    case 'weekdayDate': text = `on ${WEEKDAYS[dow(E)]}, ${M} ${e.d}`; break;
    case 'monthYear': text = `in ${M} ${e.y}`; break;
    case 'monthOnly': case 'monthOnlyNext': text = `in ${M}`; break;
    case 'earlierMonth': text = 'earlier this month'; break;
    case 'lastWeek': text = 'last week'; break;
    case 'earlierYear': text = 'earlier this year'; break;
    case 'nextMonth': text = 'next month'; break;
    case 'laterMonth': text = 'later this month'; break;
    case 'laterYear': text = 'later this year'; break;
  }
  const date = kind === 'day' ? `${e.y}-${pad2(e.m)}-${pad2(e.d)}` : kind === 'month' ? `${e.y}-${pad2(e.m)}` : `${e.y}`;
  return { E, text, date, type, precision: kind };
}

/** A date phrase for an encounter relative to publication day P (fixedE: a given day, day precision). */
export function datePhrase(rng, status, P, fixedE) {
  const past = status === 'held';
  if (fixedE !== undefined) {
    const gap = past ? P - fixedE : fixedE - P;
    const types = shuffle(rng, [...DAY_TYPES]);
    for (const t of types) {
      const r = buildDatePhrase(rng, t, past, P, gap);
      if (r) return r;
    }
    return null;
  }
  const table = past ? PAST_TYPES : FUTURE_TYPES;
  for (let i = 0; i < 12; i++) {
    const r = buildDatePhrase(rng, weighted(rng, table), past, P);
    if (r) return r;
  }
  return buildDatePhrase(rng, 'fullUS', past, P);
}

// ---------------------------------------------------------------------------
// Quotes
// ---------------------------------------------------------------------------

const HELD_QUOTES = [
  'We had a frank and constructive discussion about the future of our partnership',
  'There is no alternative to dialogue, even when we disagree',
  'Our countries have more that unites us than divides us',
  'We agreed to instruct our ministers to work out the details in the coming weeks',
  'This is not the end of the road, but it is an important step',
  'We will not accept any attempt to change borders by force',
  'Trade between our two countries must be fair and balanced',
  'I was very clear about where our red lines are',
  'The door to negotiations remains open',
  'We discussed {topic} in great detail',
  'Nobody expected a breakthrough, and there was none',
  'We are ready to work with anyone who is serious about {topic}',
  'It was a good conversation, a useful conversation',
  'The relationship is too important to be left to chance',
  'We have agreed to keep talking, and that in itself matters',
  'Our position on {topic} has not changed',
  'I believe we can do business together',
  'There were disagreements, and we did not hide them',
  'We want predictability, not surprises',
  'Our people expect results, not declarations',
  'We have taken a decision to deepen cooperation on {topic}',
  'The {adjOther} side understands our concerns much better now',
  'We made progress on {topic}. Much work remains',
  "Let me be clear. We are not going to back down on {topic}",
  'We have a lot of work to do. But the direction is right',
  "I told my counterpart that we expect concrete steps, not promises",
];
const ANNOUNCED_QUOTES = [
  'I look forward to a substantive exchange with my counterpart',
  'We expect the talks to focus on {topic}',
  'We are going into these talks with realistic expectations',
  'There is a lot to discuss, starting with {topic}',
  'Our goal is simple: to put the relationship on a stable footing',
];
const SPEECH_QUOTES = [
  'No country can solve these problems alone',
  'We will defend our interests with every tool available to us',
  'The era of cheap energy and easy growth is over',
  'History will judge us by what we do now, not by what we promised',
  'Security and prosperity go hand in hand',
];
const ANALYST_QUOTES = [
  'The optics matter more than the substance at this stage',
  'Both sides needed to show their domestic audiences that they can deliver',
  'What we saw was a holding pattern rather than a reset',
  'The real test will be whether any of this is implemented',
  'Neither side can afford an open rupture right now',
  'This is classic hedging behavior',
  'The economic logic is strong, but the politics are difficult',
  'It would be a mistake to read too much into one meeting',
  'The timing is not accidental',
  'Expectations were low, and they were met',
  'Nobody in the region wants to be forced to choose sides',
];
const INDIRECT = [
  'the two sides agreed to resume regular consultations',
  'the talks covered {topic} and {topic2}',
  'no agreement was reached on {topic}',
  'the government is preparing a package of measures on {topic}',
  'the discussion was at times tense',
  'both sides committed to expanding cooperation on {topic}',
  'progress on {topic} had been slower than hoped',
];

// ---------------------------------------------------------------------------
// Filler prose
// ---------------------------------------------------------------------------

const FILLER = [
  'Bilateral trade between {C} and {C2} reached roughly ${BIG} billion last year, according to official figures.',
  'Analysts caution that the relationship remains fragile, shaped as much by domestic politics as by strategy.',
  '{ORG} has repeatedly urged governments in the region to lower tariffs and resolve their disputes through negotiation.',
  'Diplomats said further talks at the working level were likely before the end of the year.',
  'The dispute over {TOPIC} has simmered for more than {YEARS} years.',
  '{ADJ} exporters have been lobbying for better access to foreign markets, particularly for agricultural goods and machinery.',
  'Economists estimate that a {PCT} percent reduction in tariffs could add billions of dollars to annual output.',
  'Critics at home accuse the government of trading long-term interests for short-term headlines.',
  'The opposition has seized on the issue, demanding a parliamentary debate on {TOPIC}.',
  'Polls suggest that voters are divided, with about {PCT} percent supporting closer ties.',
  'Security experts note that {TOPIC} has become a central concern for governments across the region.',
  'For years, negotiations on {TOPIC} stalled over questions of verification and financing.',
  'Since {YEAR}, {C} and {C2} have signed more than {N} agreements on {TOPIC2}, though many remain unimplemented.',
  'Energy prices, which rose sharply over the winter, have added urgency to the discussions.',
  'A joint working group is expected to present recommendations within {N} months.',
  'Business groups welcomed the renewed engagement but said they wanted to see concrete results.',
  'Human rights organizations have urged governments not to sideline concerns about press freedom and political prisoners.',
  'The currency has weakened by nearly {PCT} percent against the dollar this year, complicating budget planning.',
  'Port congestion and higher shipping costs have disrupted supply chains for {SECTOR} products.',
  '{C} is one of the largest investors in the {SECTOR} sector of {C2}.',
  'Regional neighbors are watching closely, wary of being drawn into a wider rivalry.',
  'Military analysts say the balance of forces in the region has shifted over the past decade.',
  'Any agreement would need to be ratified by parliament, where the governing coalition holds a narrow majority.',
  "Officials have spoken of a 'new chapter' in relations, a phrase used several times before.",
  'Past attempts at rapprochement have foundered on disputes over {TOPIC}.',
  'The government has set a target of doubling exports of {SECTOR} products by the end of the decade.',
  'Inflation has eased in recent months, giving policymakers some room to maneuver.',
  'Environmental groups warned that proposed {SECTOR} projects could damage fragile ecosystems.',
  'Negotiators have yet to agree on the wording of a final communique.',
  'The issue of {TOPIC} is likely to dominate the agenda for months to come.',
  'Opposition lawmakers in {C} questioned the cost of the initiative.',
  'Several thousand people protested in {CITY} over {TOPIC}, according to local media.',
  'Investors reacted cautiously, with the benchmark stock index closing {SPCT} percent lower.',
  'The central bank left interest rates unchanged at its most recent policy meeting.',
  "A spokesperson for the foreign ministry said the government would 'study the proposals carefully.'",
  'The two economies are deeply intertwined, particularly in the {SECTOR} and {SECTOR2} industries.',
  '{ORG} forecast growth of {SPCT} percent for the region next year.',
  'Longtime observers describe the relationship as transactional rather than strategic.',
  'A senior diplomat said privately that expectations had been deliberately kept low.',
  'Refugee flows across the border have strained local services and budgets.',
  'Cybersecurity officials reported a rise in attacks on government networks.',
  'The government plans to publish a new national security strategy in the coming months.',
  "Grain shipments through the region's ports have recovered only partially.",
  'Critics say the approach rewards brinkmanship.',
  'Officials declined to provide details of the financing arrangements.',
  'Much will depend on whether the commitments survive the next election cycle.',
  'Historians note that the border question dates back to the early twentieth century.',
  'Tourism has rebounded, with arrivals up {PCT} percent from a year earlier.',
  'A proposed {SECTOR} corridor linking {C} and {C2} has been discussed for more than a decade.',
  'Lawmakers from several parties called for greater transparency about the talks.',
  'Some economists argue that sanctions have had limited effect on the targeted sectors.',
  'The {ADJ} defense budget has grown by roughly {PCT} percent over {YEARS} years.',
  'Diplomatic sources said a draft text had circulated among delegations but had not been finalized.',
  'In the capital, reaction in the press was muted.',
  'State media offered a more upbeat assessment, describing the outcome as a success.',
  'The World Bank estimates that infrastructure needs in the region exceed ${BIG} billion.',
  'Whether the momentum can be sustained is an open question.',
  'More than {N}0,000 {ADJ} citizens live and work abroad, many of them in {C2}.',
  '{ADJ} officials have long argued that {TOPIC} cannot be separated from {TOPIC2}.',
  'The ruling party has framed the diplomatic push as evidence of its competence in foreign affairs.',
  'Shipping insurers raised premiums for vessels operating in the area earlier in the year.',
  'A series of smaller agreements on customs procedures and standards has quietly taken effect.',
  'Exports of {SECTOR} goods from {C} to {C2} fell by {PCT} percent in the first half of the year.',
  'The finance ministry has warned that the budget deficit could widen if growth slows further.',
  'Local officials in {CITY} complain that promised investment has been slow to arrive.',
  'A parliamentary committee in {C} is reviewing the terms of several loan agreements.',
  'Farmers have staged protests over falling prices and rising fertilizer costs.',
  'The ministry of defense has accelerated plans to modernize its air force.',
  'Independent economists say official growth figures may overstate the strength of the recovery.',
  'Trade unions have threatened strikes if wage talks fail.',
  'The government insists that its foreign policy is guided by national interests alone.',
  'Relations cooled sharply after a diplomatic row over {TOPIC} several years ago.',
  'A new rail link, financed largely by foreign lenders, is due to open next year.',
  'Opinion is split within the ruling coalition over how far to go on {TOPIC}.',
  'Smaller partners in the region have sought to diversify their supply of {SECTOR2} products.',
  'The state energy company has signed long-term supply contracts with buyers in {C2}.',
  'Officials acknowledged that implementation has lagged behind the rhetoric.',
  'The {ADJ} embassy in {CITY} has expanded its trade section in recent years.',
  'Academic exchanges have grown steadily, with more than {N},000 students studying abroad.',
  'Rating agencies have kept the outlook for the economy stable.',
  'The navy has stepped up patrols in nearby waters, citing concerns about {TOPIC}.',
  'Commentators in the state-run press struck a cautiously optimistic tone.',
  'Neither government has published the full text of the memorandum.',
  'Questions about {TOPIC2} were left for a later round of negotiations.',
  'The average tariff on {SECTOR} imports stands at about {PCT} percent.',
  'Activists have called for an independent inquiry into the contracts.',
  'Demand for {SECTOR} products has surged, driven in part by government subsidies.',
  'Several ministries have been asked to draw up proposals by the end of the quarter.',
  'The opposition leader accused the government of secrecy.',
  'Diplomats describe the bureaucratic follow-through as the hardest part of any deal.',
  'Remittances from workers abroad account for roughly {PCT} percent of household income in some regions.',
  'The region has become a testing ground for competing visions of economic integration.',
  'Insurance costs for cargo ships have fallen from their peak but remain elevated.',
  'A long-delayed census is expected to shed light on migration trends.',
  'Business leaders from {C} have been pressing for a more predictable regulatory environment.',
  'The price of wheat on international markets has been volatile.',
  'Aid agencies say humanitarian needs in the border areas remain acute.',
  'Analysts at {ORG} flagged rising debt levels as a key risk.',
];
const HEADINGS = ['## What happened', '## Why it matters', "## What's next", '## Background', '## The bigger picture', '## Key numbers'];
const PEOPLE_COUNTRIES = Object.values(COUNTRIES);

// Countries in filler lean towards the article's own countries (st.focus).
function fillerCountry(st, avoid) {
  for (let i = 0; i < 20; i++) {
    const c = st.focus.length && chance(st.rng, 0.65) ? pick(st.rng, st.focus) : pick(st.rng, PEOPLE_COUNTRIES);
    if (!avoid.includes(c)) return c;
  }
  return PEOPLE_COUNTRIES.find((c) => !avoid.includes(c));
}
function fillerSlot(st, k, cache) {
  const r = st.rng;
  switch (k) {
    case 'C': return (cache.$C = fillerCountry(st, [cache.$ADJ])).the;
    case 'C2': return (cache.$C2 = fillerCountry(st, [cache.$C, cache.$ADJ])).the;
    case 'ADJ': return (cache.$ADJ = fillerCountry(st, [cache.$C, cache.$C2])).adj;
    case 'TOPIC': return pick(r, TOPICS);
    case 'TOPIC2': { let t; do t = pick(r, TOPICS); while (t === cache.TOPIC); return t; }
    case 'ORG': return pick(r, ORGS);
    case 'N': return String(int(r, 2, 14));
    case 'BIG': return `${int(r, 2, 180)}.${int(r, 0, 9)}`;
    case 'PCT': return String(int(r, 3, 45));
    case 'SPCT': return `${int(r, 0, 4)}.${int(r, 1, 9)}`;
    case 'YEARS': return String(int(r, 3, 30));
    case 'YEAR': return String(Math.max(1950, st.pubYear - int(r, 2, 30)));
    case 'CITY': { let c; do c = pick(r, CITIES); while (cache.$ADJ && c.country === cache.$ADJ.name); return c.name; }
    case 'SECTOR': return pick(r, SECTORS);
    case 'SECTOR2': { let s; do s = pick(r, SECTORS); while (s === cache.SECTOR); return s; }
    default: return k;
  }
}
function fillSlots(st, s) {
  const cache = {};
  return s.replace(/\{(\w+)\}/g, (_, k) => (cache[k] ??= fillerSlot(st, k, cache)));
}
function fillerParagraph(st) {
  const n = int(st.rng, 3, 5);
  const used = (st.usedFiller ??= new Set());
  const out = [];
  while (out.length < n) {
    if (used.size >= FILLER.length) used.clear();
    const i = (st.rng() * FILLER.length) | 0;
    if (used.has(i)) continue;
    used.add(i);
    out.push(cap(fillSlots(st, FILLER[i])));
  }
  return out.join(' ');
}

// ---------------------------------------------------------------------------
// Mentions
// ---------------------------------------------------------------------------

/** A reference to a person; the first one in an article always carries the full name. */
function mention(st, p) {
  const r = st.rng();
  if (p.analyst) {
    if (!st.intro.has(p.id)) {
      st.intro.add(p.id);
      return `${p.full}, ${analystDesc(st)},`;
    }
    return p.short;
  }
  if (!st.intro.has(p.id)) {
    st.intro.add(p.id);
    if (r < 0.35) return `${p.title} ${p.full}`;
    if (r < 0.6) return `${p.c.adjT} ${p.title} ${p.full}`;
    if (r < 0.8) return `${p.title} ${p.full} of ${p.c.the}`;
    return `${p.full}, ${p.c.poss} ${p.roleLower},`;
  }
  if (r < 0.55) return p.short;
  if (r < 0.85) return p.titleShort;
  return `the ${p.c.adjT} ${p.roleLower}`;
}
function memberMention(st, m) {
  if (st.intro.has(m.id)) return chance(st.rng, 0.5) ? m.titleShort : `${m.title} ${m.full}`;
  st.intro.add(m.id);
  const title = m.lowerOk && chance(st.rng, 0.5) ? m.roleLower : m.title;
  return `${title} ${m.full}`;
}
function analystDesc(st) {
  const r = st.rng;
  switch (int(r, 0, 3)) {
    case 0: return `a senior fellow at ${pick(r, INSTITUTES)}`;
    case 1: return `director of the ${pick(r, PROGRAMS)} program at ${pick(r, INSTITUTES)}`;
    case 2: return `a professor of international relations at ${pick(r, UNIVERSITIES)}`;
    default: return `a former ${pick(r, PEOPLE_COUNTRIES).adj} diplomat now at ${pick(r, INSTITUTES)}`;
  }
}

// ---------------------------------------------------------------------------
// Context, planning, rendering
// ---------------------------------------------------------------------------

export function articlePath(index) {
  return `${String(Math.floor(index / 1000)).padStart(3, '0')}/a${String(index).padStart(6, '0')}.md`;
}

/** Cross-article state: uniqueness registry and encounters scheduled to be re-reported. */
export function createContext({ seed = 42, count = Infinity } = {}) {
  return { seed, count, used: new Set(), pending: new Map() };
}

const SHARE_P = 0.024;
const KIND_W = [['meeting', 30], ['summit', 12], ['sideline', 18], ['call', 23], ['video', 20]];
const pairKey = (a, b) => (a.id < b.id ? `${a.id}:${b.id}` : `${b.id}:${a.id}`);

// A principal pair has at most one encounter per calendar month, and none in a
// year that holds a year-precision encounter of theirs (so none can be confused).
function canUse(ctx, pk, E, precision) {
  const e = civilFromDays(E);
  if (precision === 'year') return !ctx.used.has(`${pk}|y${e.y}`);
  return !ctx.used.has(`${pk}|m${e.y}-${e.m}`) && !ctx.used.has(`${pk}|Y${e.y}`);
}
function register(ctx, pk, E, precision) {
  const e = civilFromDays(E);
  ctx.used.add(`${pk}|y${e.y}`);
  ctx.used.add(precision === 'year' ? `${pk}|Y${e.y}` : `${pk}|m${e.y}-${e.m}`);
}

function chooseMembers(rng, p, max) {
  const cands = PEOPLE_BY_COUNTRY[p.c.name].filter((q) => q.id !== p.id && q.role !== 'leader');
  if (!cands.length) return [];
  return sample(rng, cands, int(rng, 1, Math.min(max, cands.length)));
}

function templatesFor(fact) {
  const [A, B] = fact.principals;
  const hostOk = fact.city && (fact.city.country === A.c.name || fact.city.country === B.c.name);
  return TEMPLATES.filter(
    (t) => t.kind === fact.kind && t.status === fact.status && (!t.host || hostOk) && t.venue === !!fact.venue,
  );
}

function planFact(st, ctx, protagonist) {
  const rng = st.rng;
  for (let attempt = 0; attempt < 30; attempt++) {
    let kind = weighted(rng, KIND_W);
    const status = chance(rng, 0.15) ? 'announced' : 'held';
    const dp = datePhrase(rng, status, st.P);
    if (!dp) continue;
    let A;
    let level;
    if (protagonist) {
      A = protagonist;
      level = A.role;
      if (kind === 'summit' && level !== 'leader') kind = 'meeting';
    } else {
      level = kind === 'summit' || chance(rng, 0.7) ? 'leader' : 'fm';
      A = pick(rng, BY_LEVEL[level]);
    }
    if (kind === 'video' && civilFromDays(dp.E).y < 2003) kind = 'call'; // no leaders' video calls before the 2000s
    const mixed = kind === 'meeting' && chance(rng, 0.08);
    const bLevel = mixed ? (level === 'leader' ? 'fm' : 'leader') : level;
    let B;
    do B = pick(rng, BY_LEVEL[bLevel]);
    while (B.c === A.c);
    const fact = { principals: [A, B], kind, status, city: null, venue: null, event: null, members: [[], []] };
    if (kind === 'sideline') {
      // multilateral events only in the months they are usually held
      const month = civilFromDays(dp.E).m;
      const evs = EVENTS.filter((ev) => ev.since < st.pubYear && ev.months.includes(month));
      if (!evs.length) continue;
      fact.event = pick(rng, evs);
      fact.city = CITY[pick(rng, fact.event.hosts)];
    } else if (kind === 'meeting' || kind === 'summit') {
      const local = [...(CITIES_BY_COUNTRY[A.c.name] || []), ...(CITIES_BY_COUNTRY[B.c.name] || [])];
      fact.city = chance(rng, 0.6) && local.length ? pick(rng, local) : pick(rng, CITIES);
    }
    if (fact.city) {
      const venueP = kind === 'sideline' ? 0.15 : 0.4;
      if (chance(rng, venueP)) fact.venue = pick(rng, fact.city.venues);
    }
    const tpls = templatesFor(fact);
    if (!tpls.length) continue;
    const tpl = pick(rng, tpls);
    const pk = pairKey(A, B);
    if (!canUse(ctx, pk, dp.E, dp.precision)) continue;
    register(ctx, pk, dp.E, dp.precision);
    fact.E = dp.E;
    fact.date = dp.date;
    // delegations
    if (fact.city) {
      const x = rng();
      if (x < 0.35) {
        fact.members[0] = chooseMembers(rng, A, 3);
        if (chance(rng, 0.4)) fact.members[1] = chooseMembers(rng, B, 2);
      } else if (x < 0.45) fact.members[1] = chooseMembers(rng, B, 2);
    } else if (chance(rng, 0.08)) {
      fact.members[0] = chooseMembers(rng, A, 1);
    }
    return { fact, tpl, dp };
  }
  return null;
}

function planForced(st, fact) {
  const tpls = templatesFor(fact);
  const tpl = pick(st.rng, tpls);
  const dp = datePhrase(st.rng, fact.status, st.P, fact.E);
  if (!dp || dp.date !== fact.date) throw new Error('internal: cannot re-phrase shared encounter');
  return { fact, tpl, dp, forced: true };
}

function pubForForced(rng, fact) {
  for (let i = 0; i < 8; i++) {
    const P = fact.status === 'held' ? fact.E + int(rng, 0, 20) : fact.E - int(rng, 1, 20);
    if (P >= MIN_P && P <= MAX_P) return P;
  }
  return fact.status === 'held' ? fact.E : fact.E - 1;
}

function fillQuote(st, s, other) {
  const rng = st.rng;
  let t1;
  return s.replace(/\{(\w+)\}/g, (_, k) => {
    if (k === 'topic') return (t1 = pick(rng, TOPICS));
    if (k === 'topic2') { let t; do t = pick(rng, TOPICS); while (t === t1); return t; }
    if (k === 'adjOther') return other ? other.c.adj : 'other';
    return k;
  });
}
function quoteContent(st, pool, other) {
  for (let i = 0; i < 10; i++) {
    const q = fillQuote(st, pick(st.rng, pool), other);
    if (!st.usedQ.has(q)) {
      st.usedQ.add(q);
      return q;
    }
  }
  return null;
}

/** One attributed quote paragraph; records the truth entries. */
function renderQuote(st, speaker, pool, other, allowIndirect = true) {
  const rng = st.rng;
  const O = st.O;
  const Cq = st.Cq;
  const rec = (text, direct) => st.quotes.push({ speaker: speaker.full, text, direct });
  const seen = st.quoted.has(speaker.id);
  st.quoted.add(speaker.id);
  const r = rng();
  if (allowIndirect && r < 0.12) {
    const clause = quoteContent(st, INDIRECT, other);
    if (!clause) return null;
    const S = mention(st, speaker);
    if (chance(rng, 0.5)) {
      rec(clause, false);
      return fixPunct(`According to ${S}, ${clause}.`);
    }
    rec(cap(clause), false);
    return fixPunct(`${cap(clause)}, according to ${S}.`);
  }
  const C = quoteContent(st, pool, other);
  if (!C) return null;
  const form = int(rng, 0, 7);
  if (form === 7) {
    const C2 = quoteContent(st, pool, other);
    if (C2 && !C.includes('.') && !C2.includes('.')) {
      const S = mention(st, speaker);
      rec(C, true);
      rec(C2, true);
      return fixPunct(`${O}${C},${Cq} ${S} said. ${O}${C2}.${Cq}`);
    }
  }
  const S = mention(st, speaker);
  rec(C, true);
  switch (form) {
    case 0: return cap(fixPunct(`${O}${C},${Cq} ${S} said.`));
    case 1: return fixPunct(`${O}${C},${Cq} said ${S}.`);
    case 2: return cap(fixPunct(`${S} told reporters: ${O}${C}.${Cq}`));
    case 3: return cap(fixPunct(`${S} said: ${O}${C}.${Cq}`));
    case 4: return fixPunct(`${O}${C},${Cq} ${S} said in a statement.`);
    case 5: return cap(fixPunct(`${S} wrote on social media: ${O}${C}.${Cq}`));
    default: return fixPunct(`${O}${C},${Cq} ${S} ${seen ? 'added' : 'said'}.`);
  }
}

function followUp(st, fact) {
  const r = st.rng;
  const t = pick(r, TOPICS);
  if (fact.status === 'announced') {
    return pick(r, [
      `Officials said the agenda would include ${t}.`,
      'Preparations are being handled by senior diplomats from both sides.',
      `The talks are expected to focus on ${t}.`,
    ]);
  }
  if (fact.kind === 'call') {
    return pick(r, [`The call lasted ${pick(r, DURATIONS)}.`, `According to a readout, the two discussed ${t}.`, 'The two agreed to stay in close contact.']);
  }
  if (fact.kind === 'video') {
    return pick(r, [`The two discussed ${t}.`, 'The virtual format was chosen for scheduling reasons, officials said.', `The call lasted ${pick(r, DURATIONS)}.`]);
  }
  return pick(r, [
    `The talks lasted ${pick(r, DURATIONS)}, according to officials.`,
    `The two discussed ${t} and ${pick(r, TOPICS.filter((x) => x !== t))}.`,
    'No joint statement was issued afterward.',
    `Both sides described the talks as ${pick(r, TONES)}.`,
    `Officials said the agenda included ${t}.`,
  ]);
}

function renderEncounterSentence(st, pl, prefix) {
  const { fact, tpl, dp } = pl;
  const rng = st.rng;
  let [A, B] = fact.principals;
  if (tpl.host) {
    if (fact.city.country !== A.c.name) [A, B] = [B, A];
  } else if (chance(rng, 0.3)) [A, B] = [B, A];
  const c = {
    A: mention(st, A),
    B: mention(st, B),
    city: fact.city?.name,
    cityR: fact.city ? fact.city.withRegion + (fact.city.withRegion.includes(',') ? ',' : '') : undefined,
    venue: fact.venue,
    event: fact.event ? pick(rng, fact.event.forms) : undefined,
    D: dp.text,
    topic: pick(rng, TOPICS),
    tone: pick(rng, TONES),
    agree: pick(rng, AGREE_TO),
    callClause: pick(rng, CALL_CLAUSES),
    adjA: A.c.adj,
  };
  let s = fixPunct(tpl.f(c));
  // "on July 16, 2018, to discuss …": close the year with a comma when the sentence goes on
  if (dp.type === 'fullUS') s = s.replace(`${dp.text} `, (m) => (/^[a-z]/.test(s.slice(s.indexOf(m) + m.length)) ? `${dp.text}, ` : m));
  return prefix ? prefix + s : cap(s);
}

function renderDelegation(st, fact) {
  const rng = st.rng;
  const held = fact.status === 'held';
  const [mA, mB] = fact.members;
  if (!mA.length && !mB.length) return [];
  if (!fact.city) {
    return [...mA, ...mB].map((m) => {
      const M = memberMention(st, m);
      return cap(held ? pick(rng, [`${M} also joined the call.`, `${M} was also on the call.`]) : `${M} is expected to join the call.`);
    });
  }
  const out = [];
  const sides = [[fact.principals[0], mA], [fact.principals[1], mB]].filter((s) => s[1].length);
  if (held && chance(rng, 0.35)) {
    const style = int(rng, 0, 2);
    for (const [p, ms] of sides) {
      const head = `Who was in the room for ${p.c.room}:`;
      const lines = [style === 1 ? `**${head}**` : head];
      const list = chance(rng, 0.5) ? [p, ...ms] : ms;
      for (const m of list) {
        st.intro.add(m.id);
        lines.push(`- ${m.title} ${m.full}`);
      }
      out.push(lines.join('\n'));
    }
    return out;
  }
  if (held && sides.length === 2 && chance(rng, 0.4)) {
    out.push(`Also present were ${listJoin([...mA, ...mB].map((m) => memberMention(st, m)))}.`);
    return out;
  }
  for (const [p, ms] of sides) {
    const list = listJoin(ms.map((m) => memberMention(st, m)));
    const f = int(rng, 0, 2);
    if (f === 2) {
      out.push(held ? `The ${p.c.adj} delegation included ${list}.` : `The ${p.c.adj} delegation will include ${list}.`);
    } else {
      const S = mention(st, p);
      const verb = held ? (f === 0 ? 'was accompanied by' : 'was joined by') : f === 0 ? 'will be accompanied by' : 'is expected to be joined by';
      out.push(cap(fixPunct(`${S} ${verb} ${list}.`)));
    }
  }
  return out;
}

function ordinal(n) {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] || 'th';
  return `${n}${s}`;
}

/** A paragraph naming people or places without any encounter. */
function renderNegative(st, people, pairs) {
  const rng = st.rng;
  const pickPerson = () => (people.length && chance(rng, 0.6) ? pick(rng, people) : pick(rng, chance(rng, 0.7) ? LEADERS : FMS));
  const P = pickPerson();
  let Q;
  for (let i = 0; i < 20; i++) {
    Q = pick(rng, LEADERS);
    if (Q.c !== P.c && !pairs.has(pairKey(P, Q))) break;
    Q = null;
  }
  const C1 = pick(rng, PEOPLE_COUNTRIES);
  let C2;
  do C2 = pick(rng, PEOPLE_COUNTRIES);
  while (C2 === C1);
  const city = pick(rng, CITIES);
  const year = Math.max(1950, st.pubYear - int(rng, 3, 45));
  const out = [];
  const type = int(rng, 0, 11);
  switch (type) {
    case 0:
      out.push(cap(fixPunct(`${mention(st, P)} announced a fresh round of sanctions targeting the ${pick(rng, SECTORS)} sector of ${C1 === P.c ? C2.the : C1.the}, a move officials there called ${pick(rng, ['unlawful', 'provocative', 'counterproductive', 'regrettable'])}.`)));
      break;
    case 1: {
      out.push(fixPunct(`In a speech to ${pick(rng, AUDIENCES)} in ${city.name}, ${mention(st, P)} warned that ${pick(rng, WARNINGS)}.`));
      if (chance(rng, 0.6)) {
        const q = renderQuote(st, P, SPEECH_QUOTES, null, false);
        if (q) out.push(q);
      }
      break;
    }
    case 2:
      out.push(`The ${pick(rng, TREATIES)} between ${C1.the} and ${C2.the}, signed in ${city.name} in ${year} by their predecessors, still governs ${pick(rng, TOPICS)}.`);
      break;
    case 3: {
      const n = int(rng, 10, 70);
      out.push(cap(`${C1.the} and ${C2.the} mark the ${ordinal(n)} anniversary of diplomatic relations this year, and officials have planned a series of cultural events in ${city.name}.`));
      break;
    }
    case 4: {
      const hs = HISTORY.filter((h) => h[1] < st.pubYear);
      if (hs.length) {
        out.push(cap(`Many in ${C1.the} still view the relationship through the lens of ${pick(rng, hs)[0]}.`));
        break;
      }
    }
    // falls through
    case 5:
      if (Q) {
        out.push(cap(fixPunct(`${mention(st, P)} has said ${pron(P)} is open to meeting ${mention(st, Q)}, but no date has been set.`)));
        break;
      }
    // falls through
    case 6:
      if (Q) {
        out.push(fixPunct(`A spokesperson for ${mention(st, P)} declined to say whether ${pron(P)} would speak with ${mention(st, Q)} before the end of the year.`));
        break;
      }
    // falls through
    case 7:
      if (Q) {
        out.push(cap(fixPunct(`${mention(st, P)} called on ${mention(st, Q)} to ${pick(rng, DEMANDS)}.`)));
        break;
      }
    // falls through
    case 8: {
      const evs = EVENTS.filter((ev) => ev.since < st.pubYear);
      if (Q && evs.length) {
        const ev = pick(rng, evs);
        out.push(cap(fixPunct(`${mention(st, P)} attended the ${pick(rng, ev.forms)} in ${pick(rng, ev.hosts)} but did not hold a bilateral meeting with ${mention(st, Q)}.`)));
        break;
      }
    }
    // falls through
    case 9:
      out.push(cap(fixPunct(`${mention(st, P)} is also due to visit ${city.name} in the coming months for an investment forum.`)));
      break;
    case 10:
      out.push(cap(`${P.short}'s predecessor met the then-leader of ${C1 === P.c ? C2.the : C1.the} in ${city.name} in ${year}, a meeting that produced little.`));
      if (!st.intro.has(P.id)) out[0] = cap(fixPunct(`${mention(st, P)} has often pointed out that ${pron(P) === 'she' ? 'her' : 'his'} predecessor met the then-leader of ${C1 === P.c ? C2.the : C1.the} in ${city.name} in ${year}, a meeting that produced little.`));
      break;
    default: {
      const credit = photoCredit(rng);
      const action = P.gender === 'f' ? pick(rng, CAPTION_ACTIONS).replace(' he ', ' she ') : pick(rng, CAPTION_ACTIONS);
      out.push(chance(rng, 0.8) ? `*${cap(fixPunct(`${mention(st, P)} ${action} in ${city.name}.`))} ${credit}*` : `*Flags outside ${pick(rng, city.venues)} in ${city.name}. ${credit}*`);
    }
  }
  return out;
}

function photoCredit(rng) {
  const who = pick(rng, PHOTOGRAPHERS);
  const ag = pick(rng, AGENCIES);
  switch (int(rng, 0, 3)) {
    case 0: return `(Photo by ${who}/${ag})`;
    case 1: return `(Photo by ${who}/${ag} via Getty Images)`;
    case 2: return `Photo: ${who}/${ag}`;
    default: return `(${who}/${ag})`;
  }
}

function titleFor(st, plans, kind) {
  const r = st.rng;
  let t;
  if (plans.length) {
    const { fact } = plans[0];
    const [A, B] = fact.principals;
    const a = A.short;
    const b = B.short;
    const topic = pick(r, TOPICS).replace(/^a /, '');
    if (fact.status === 'announced') {
      t = fact.city ? pick(r, [`${a} to meet ${b} in ${fact.city.name}`, `${a} and ${b} set to hold talks as ${topic} tops agenda`]) : `${a} and ${b} to talk as ${topic} tops agenda`;
    } else if (fact.kind === 'call') t = pick(r, [`${a}, ${b} discuss ${topic} in phone call`, `${a} and ${b} speak by phone`]);
    else if (fact.kind === 'video') t = pick(r, [`${a} and ${b} hold video call on ${topic}`, `${a}, ${b} talk ${topic} in virtual meeting`]);
    else if (fact.kind === 'sideline') t = pick(r, [`${a} meets ${b} at ${fact.event.forms[0]}`, `${a} and ${b} talk ${topic} in ${fact.city.name}`]);
    else if (fact.kind === 'summit') t = pick(r, [`${a}-${b} summit in ${fact.city.name} ends without breakthrough`, `${a} and ${b} hold summit amid ${topic} tensions`]);
    else t = pick(r, [`${a} and ${b} hold talks in ${fact.city.name}`, `${a}, ${b} meet in ${fact.city.name} amid ${topic} concerns`, `${a} and ${b} discuss ${topic}`]);
  } else {
    const c = pick(r, PEOPLE_COUNTRIES);
    t = pick(r, [`${c.adj} government weighs new approach to ${pick(r, TOPICS)}`, `Debate over ${pick(r, TOPICS)} intensifies`, `Governments struggle to find common ground on ${pick(r, TOPICS)}`]);
  }
  if (kind === 'analysis') t = `Analysis: ${t}`;
  else if (kind === 'explainer') t = pick(r, [`Explainer: ${t}`, `What to know: ${t}`]);
  return cap(t);
}

/**
 * Generates article `index`. `ctx` (from createContext) carries the uniqueness
 * registry and the shared encounters scheduled across articles; omit it for a
 * stand-alone article.
 * Returns { index, path, text, body, encounters, quotes }.
 */
export function generateArticle(rng, index, ctx = createContext({ count: index + 1 })) {
  const apath = articlePath(index);
  const kind = weighted(rng, [['news', 65], ['analysis', 20], ['explainer', 15]]);
  const publisher = pick(rng, PUBLISHERS);
  const curly = chance(rng, 0.55);
  const st = { rng, intro: new Set(), O: curly ? '\u201c' : '"', Cq: curly ? '\u201d' : '"', P: 0, pubYear: 0, quotes: [], usedQ: new Set(), quoted: new Set(), focus: [] };
  const forced = ctx.pending.get(index);
  if (forced) ctx.pending.delete(index);
  st.P = forced ? pubForForced(rng, forced.fact) : int(rng, MIN_P, MAX_P);
  st.pubYear = civilFromDays(st.P).y;

  let n = weighted(rng, [[0, 15], [1, 45], [2, 28], [3, 12]]);
  if (forced && n === 0) n = 1;
  const forcedSlot = forced ? int(rng, 0, n - 1) : -1;
  let protagonist = null;
  if (n >= 2 && chance(rng, 0.5)) protagonist = forced ? pick(rng, forced.fact.principals.filter((p) => p.role !== 'official')) : pick(rng, chance(rng, 0.8) ? LEADERS : FMS);

  const plans = [];
  for (let k = 0; k < n; k++) {
    if (k === forcedSlot) {
      const pl = planForced(st, forced.fact);
      pl.sharedWith = forced.from;
      plans.push(pl);
      continue;
    }
    const pl = planFact(st, ctx, protagonist);
    if (pl) plans.push(pl);
  }
  for (const pl of plans) {
    if (pl.forced || pl.dp.precision !== 'day' || !chance(rng, SHARE_P)) continue;
    const j = index + int(rng, 1, 3);
    if (j >= ctx.count || ctx.pending.has(j)) continue;
    pl.sharedWith = articlePath(j);
    ctx.pending.set(j, { fact: pl.fact, from: apath });
  }

  // ---- blocks in reading order
  const people = [];
  const pairs = new Set();
  for (const pl of plans) {
    people.push(...pl.fact.principals);
    pairs.add(pairKey(...pl.fact.principals));
    for (const p of pl.fact.principals) if (!st.focus.includes(p.c)) st.focus.push(p.c);
  }
  if (!st.focus.length) st.focus.push(...sample(rng, PEOPLE_COUNTRIES, 2));
  const rest = [];
  for (let k = 1; k < plans.length; k++) rest.push({ t: 'enc', pl: plans[k] });
  const nNeg = Math.max(plans.length ? 0 : 1, weighted(rng, [[0, 20], [1, 40], [2, 30], [3, 10]]));
  for (let k = 0; k < nNeg; k++) rest.push({ t: 'neg' });
  const nAn = weighted(rng, [[0, 45], [1, 40], [2, 15]]);
  const analysts = sample(rng, ANALYSTS, nAn);
  for (const a of analysts) rest.push({ t: 'analyst', a });
  shuffle(rng, rest);
  const blocks = plans.length ? [{ t: 'enc', pl: plans[0], lead: true }, ...rest] : [{ t: 'filler', lead: true }, ...rest];

  const groups = []; // paragraphs that belong together; filler goes between groups
  const datelineOn = kind === 'news' && chance(rng, 0.7);
  for (const b of blocks) {
    const paras = [];
    groups.push(paras);
    if (b.t === 'filler') paras.push(fillerParagraph(st));
    else if (b.t === 'neg') paras.push(...renderNegative(st, people, pairs));
    else if (b.t === 'analyst') {
      const q = renderQuote(st, b.a, ANALYST_QUOTES, null, false);
      if (q) paras.push(q);
    } else {
      const pl = b.pl;
      const prefix = !b.lead && chance(rng, 0.25) ? pick(rng, ['Separately, ', 'In a separate development, ', 'Elsewhere, ']) : '';
      const sentence = renderEncounterSentence(st, pl, prefix);
      pl.quote = sentence;
      let para = sentence;
      const nf = int(rng, 0, 2);
      for (let i = 0; i < nf; i++) para += ' ' + followUp(st, pl.fact);
      if (b.lead && datelineOn) {
        const f = pl.fact;
        const dl = f.city && f.status === 'held' ? f.city.name : f.principals[0].c.capital;
        para = `${dl.toUpperCase()}${chance(rng, 0.5) ? ` (${publisher})` : ''} \u2014 ${para}`;
      }
      paras.push(para);
      paras.push(...renderDelegation(st, pl.fact));
      const nq = pl.fact.status === 'held' ? weighted(rng, [[0, 30], [1, 50], [2, 20]]) : weighted(rng, [[0, 60], [1, 40]]);
      for (let i = 0; i < nq; i++) {
        const ms = [...pl.fact.members[0], ...pl.fact.members[1]].filter((m) => st.intro.has(m.id));
        const [A, B] = pl.fact.principals;
        const sp = ms.length && chance(rng, 0.2) ? pick(rng, ms) : chance(rng, 0.6) ? A : B;
        const other = sp.c === A.c ? B : A;
        const q = renderQuote(st, sp, pl.fact.status === 'held' ? HELD_QUOTES : ANNOUNCED_QUOTES, other);
        if (q) paras.push(q);
      }
    }
  }

  // ---- filler up to the target size (body 2–8 KB)
  const target = int(rng, 2300, 7600);
  let bytes = 0;
  for (const g of groups) for (const p of g) bytes += Buffer.byteLength(p) + 2;
  while (bytes < target) {
    const p = fillerParagraph(st);
    bytes += Buffer.byteLength(p) + 2;
    groups.splice(int(rng, 1, groups.length), 0, [p]);
  }
  if (kind === 'explainer') {
    const hs = sample(rng, HEADINGS, int(rng, 2, 3));
    for (const h of hs) {
      if (h === '## Key numbers') {
        const c = pick(rng, st.focus);
        groups.push([h, `- Bilateral trade: $${int(rng, 2, 180)}.${int(rng, 0, 9)} billion\n- Share of ${c.adj} exports: ${int(rng, 3, 40)} percent\n- Years of formal relations: ${int(rng, 10, 70)}`]);
      } else groups.splice(int(rng, 1, groups.length), 0, [h]);
    }
  }

  const body = groups.flat().filter((p) => p).join('\n\n') + '\n';
  const title = titleFor(st, plans, kind);
  const text = `---\ntitle: ${JSON.stringify(title)}\npublisher: ${publisher}\npublished: "${iso(st.P)}"\nkind: ${kind}\n---\n${body}`;

  const encounters = plans.map((pl) => {
    const f = pl.fact;
    const e = {
      article: apath,
      participants: [...f.principals, ...f.members[0], ...f.members[1]].map((p) => p.full),
      principals: f.principals.map((p) => p.full),
      date: f.date,
      kind: f.kind,
      status: f.status,
      city: f.city ? f.city.name : null,
      country: f.city ? f.city.country : null,
      venue: f.venue,
      event: f.event ? f.event.name : null,
      quote: pl.quote,
    };
    if (pl.sharedWith) e.sharedWith = pl.sharedWith;
    return e;
  });
  const quotes = st.quotes.map((q) => ({ article: apath, speaker: q.speaker, text: q.text, direct: q.direct }));
  for (const x of [...encounters, ...quotes]) {
    const s = x.quote ?? x.text;
    if (!body.includes(s)) throw new Error(`internal: ${apath}: not a substring of the body: ${s}`);
  }
  return { index, path: apath, text, body, encounters, quotes, templates: plans.map((pl) => pl.tpl.id) };
}

/** Yields every article of the corpus in order. */
export function* generateCorpus({ seed = 42, count = 1000 } = {}) {
  const ctx = createContext({ seed, count });
  for (let i = 0; i < count; i++) yield generateArticle(articleRng(seed, i), i, ctx);
}

// ---------------------------------------------------------------------------
// CLI
// ---------------------------------------------------------------------------

function parseArgs(argv) {
  const o = { seed: 42, count: 1000, out: null, force: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--count') o.count = Number(val());
    else if (a === '--seed') o.seed = Number(val());
    else if (a === '--out') o.out = val();
    else if (a === '--force') o.force = true;
    else if (a === '-h' || a === '--help') o.help = true;
    else throw new Error(`unknown argument: ${a}`);
  }
  if (!o.help) {
    if (!o.out) throw new Error('--out is required');
    if (!Number.isInteger(o.count) || o.count < 1) throw new Error('--count must be a positive integer');
    if (!Number.isInteger(o.seed) || o.seed < 0 || o.seed > 0xffffffff) throw new Error('--seed must be an integer in 0..4294967295');
  }
  return o;
}

function main() {
  let o;
  try {
    o = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`generate: ${e.message}\nusage: node bench/generate.mjs --count N --out DIR [--seed S] [--force]\n`);
    process.exit(2);
  }
  if (o.help) {
    process.stdout.write('usage: node bench/generate.mjs --count N --out DIR [--seed S] [--force]\n');
    return;
  }
  const out = path.resolve(o.out);
  fs.mkdirSync(out, { recursive: true });
  const existing = fs.readdirSync(out);
  if (existing.length) {
    if (!o.force) {
      process.stderr.write(`generate: ${out} is not empty (use --force to replace an earlier corpus)\n`);
      process.exit(2);
    }
    for (const name of existing) {
      if (/^\d{3,}$/.test(name) || name === 'truth.json' || name === '.truth-quotes.tmp') fs.rmSync(path.join(out, name), { recursive: true, force: true });
    }
  }
  const t0 = process.hrtime.bigint();
  const tfd = fs.openSync(path.join(out, 'truth.json'), 'w');
  const qpath = path.join(out, '.truth-quotes.tmp');
  const qfd = fs.openSync(qpath, 'w');
  let ebuf = `{"seed":${o.seed},"count":${o.count},"encounters":[`;
  let qbuf = '';
  let nE = 0;
  let nQ = 0;
  let bytes = 0;
  const stats = { kind: {}, status: {}, precision: {}, shared: 0, participantsMax: 0, withDelegation: 0, perArticle: [0, 0, 0, 0] };
  let lastDir = -1;
  for (const art of generateCorpus({ seed: o.seed, count: o.count })) {
    const dir = Math.floor(art.index / 1000);
    if (dir !== lastDir) {
      fs.mkdirSync(path.join(out, art.path.slice(0, art.path.indexOf('/'))), { recursive: true });
      lastDir = dir;
    }
    fs.writeFileSync(path.join(out, art.path), art.text);
    bytes += Buffer.byteLength(art.body);
    stats.perArticle[art.encounters.length]++;
    for (const e of art.encounters) {
      ebuf += (nE++ ? ',\n' : '\n') + JSON.stringify(e);
      stats.kind[e.kind] = (stats.kind[e.kind] || 0) + 1;
      stats.status[e.status] = (stats.status[e.status] || 0) + 1;
      const prec = e.date.length === 10 ? 'day' : e.date.length === 7 ? 'month' : 'year';
      stats.precision[prec] = (stats.precision[prec] || 0) + 1;
      if (e.sharedWith) stats.shared++;
      if (e.participants.length > 2) stats.withDelegation++;
    }
    for (const q of art.quotes) qbuf += (nQ++ ? ',\n' : '\n') + JSON.stringify(q);
    if (ebuf.length > 1 << 20) {
      fs.writeSync(tfd, ebuf);
      ebuf = '';
    }
    if (qbuf.length > 1 << 20) {
      fs.writeSync(qfd, qbuf);
      qbuf = '';
    }
  }
  fs.writeSync(tfd, ebuf + '\n],"quotes":[');
  fs.writeSync(qfd, qbuf);
  fs.closeSync(qfd);
  const rfd = fs.openSync(qpath, 'r');
  const chunk = Buffer.allocUnsafe(1 << 20);
  for (let n; (n = fs.readSync(rfd, chunk, 0, chunk.length, null)) > 0; ) fs.writeSync(tfd, chunk, 0, n);
  fs.closeSync(rfd);
  fs.unlinkSync(qpath);
  fs.writeSync(tfd, '\n]}\n');
  fs.closeSync(tfd);
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  const summary = {
    out,
    seed: o.seed,
    articles: o.count,
    bodyMB: +(bytes / 1048576).toFixed(1),
    encounters: nE,
    uniqueEncounters: nE - stats.shared / 2,
    sharedPairs: stats.shared / 2,
    quotes: nQ,
    encountersPerArticle: stats.perArticle,
    withDelegation: stats.withDelegation,
    kind: stats.kind,
    status: stats.status,
    precision: stats.precision,
    seconds: +secs.toFixed(2),
  };
  process.stdout.write(JSON.stringify(summary) + '\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
