import type { Role } from '../access/roles'
import type { CustomerStatus, MeetingStyle, PreferredTime } from '../customers/customer-fields'
import { addDays } from '../dates/local-date'
import { seededRandom } from '../random/seeded-random'

export type DemoUser = { key: string; email: string; name: string; role: Role; managerKey: string | null }
export type DemoContact = {
  name: string
  title: string | null
  phone: string | null
  email: string | null
  notes: string | null
}
export type DemoCustomer = {
  externalId: string
  name: string
  companyName: string
  taxId: string
  address: string
  phone: string
  website: string | null
  industry: string
  region: string
  source: string
  ownerKey: string | null
  status: CustomerStatus
  lostReason: string | null
  lostDate: string | null
  tags: string[]
  interests: string[]
  preferredTime: PreferredTime | null
  meetingStyle: MeetingStyle | null
  preferredWeekdays: number[]
  preferredHoursFrom: string | null
  preferredHoursTo: string | null
  notes: string | null
  assignedAt: string | null
  contacts: DemoContact[]
}

const SURNAMES = [
  '陳',
  '林',
  '黃',
  '張',
  '李',
  '王',
  '吳',
  '劉',
  '蔡',
  '楊',
  '許',
  '鄭',
  '謝',
  '郭',
  '洪',
  '曾',
  '周',
  '趙',
  '孫',
  '徐',
]
const GIVEN = [
  '志明',
  '淑芬',
  '家豪',
  '雅婷',
  '建宏',
  '美玲',
  '俊傑',
  '怡君',
  '冠宇',
  '欣怡',
  '宗翰',
  '佩珊',
  '承恩',
  '詩涵',
  '文華',
  '國強',
  '麗華',
  '振宇',
  '曉雯',
  '子軒',
]
const CITIES: [string, string, string][] = [
  ['台北市', '信義區松仁路', '02'],
  ['台北市', '內湖區瑞光路', '02'],
  ['新北市', '板橋區文化路', '02'],
  ['桃園市', '中壢區中華路', '03'],
  ['新竹市', '東區光復路', '03'],
  ['台中市', '西屯區台灣大道', '04'],
  ['台南市', '東區中華東路', '06'],
  ['高雄市', '前鎮區成功二路', '07'],
  ['上海市', '浦東新區世紀大道', '021'],
  ['蘇州市', '工業園區星湖街', '0512'],
  ['杭州市', '西湖區文三路', '0571'],
  ['深圳市', '南山區科技園', '0755'],
]
const BRANDS = [
  '鼎盛',
  '宏遠',
  '華新',
  '永豐',
  '聯發',
  '大同',
  '瑞昌',
  '佳和',
  '泰山',
  '國泰',
  '信達',
  '明昇',
  '昌隆',
  '富邦',
  '金緯',
  '誠品',
  '長榮',
  '正新',
  '嘉新',
  '遠東',
]
const INDUSTRIES: [string, string][] = [
  ['製造業', '精密工業股份有限公司'],
  ['零售', '百貨股份有限公司'],
  ['餐飲', '餐飲管理有限公司'],
  ['貿易', '國際貿易有限公司'],
  ['科技', '科技股份有限公司'],
  ['醫療', '醫療器材股份有限公司'],
  ['建築', '營造股份有限公司'],
  ['物流', '物流股份有限公司'],
  ['教育', '文教事業有限公司'],
]
const SOURCES = ['轉介紹', '展會', '電話開發', '官網詢價', '老客戶推薦', '陌生拜訪']
const TAGS = ['重點客戶', '價格敏感', '決策快', '需要樣品', '長期合作', '競品客戶', '年底採購']
const INTERESTS = [
  '高爾夫',
  '茶道',
  '登山',
  '棒球',
  '美食',
  '旅遊',
  '投資理財',
  '子女教育',
  '紅酒',
  '攝影',
  '釣魚',
  '書法',
]
const TITLES = ['總經理', '採購經理', '財務主管', '營運長', '廠長', '行政經理', '董事長特助', '資訊主管']
const LOST_REASONS = ['價格高於競品', '決策人更換', '公司歇業', '改用競品', '付款條件談不攏']

const phoneOf = (area: string, n: number) =>
  `${area}-${String(2000 + (n % 7000)).padStart(4, '0')}-${String((n * 7919) % 10000).padStart(4, '0')}`

/** The people of the demo organisation: an admin, a sales director, two teams, finance and an auditor. */
export function demoUsers(domain = 'demo.abacus.tw'): DemoUser[] {
  const user = (key: string, name: string, role: Role, managerKey: string | null): DemoUser => ({
    key,
    email: `${key}@${domain}`,
    name,
    role,
    managerKey,
  })
  return [
    user('admin', '系統管理員', 'admin', null),
    user('director', '周志遠', 'manager', null),
    user('north', '林雅婷', 'manager', 'director'),
    user('south', '陳建宏', 'manager', 'director'),
    user('rep1', '王家豪', 'rep', 'north'),
    user('rep2', '張怡君', 'rep', 'north'),
    user('rep3', '李俊傑', 'rep', 'north'),
    user('rep4', '黃美玲', 'rep', 'south'),
    user('rep5', '吳冠宇', 'rep', 'south'),
    user('rep6', '蔡欣怡', 'rep', 'south'),
    user('finance', '許淑芬', 'finance', null),
    user('auditor', '鄭文華', 'auditor', null),
  ]
}

/**
 * `count` customers that look like a Taiwanese / East-China sales territory, reproducibly from
 * `seed`. A few per hundred sit in the customer pool (no owner); `today` anchors the dates.
 */
export function demoCustomers(options: {
  count: number
  seed: number
  today: string
  ownerKeys: readonly string[]
}): DemoCustomer[] {
  const random = seededRandom(options.seed)
  return Array.from({ length: options.count }, (_, i): DemoCustomer => {
    const [city, street, area] = random.pick(CITIES)
    const [industry, suffix] = random.pick(INDUSTRIES)
    const brand = random.pick(BRANDS)
    const branch =
      i < BRANDS.length * INDUSTRIES.length ? '' : `${city.slice(0, 2)}${Math.floor(i / 150) + 1}廠`
    const companyName = `${brand}${suffix}`
    const name = `${brand}${industry === '製造業' ? '精密' : industry}${branch}`
    const status: CustomerStatus = random.chance(0.12)
      ? 'prospect'
      : random.chance(0.06)
        ? 'lost'
        : random.chance(0.08)
          ? 'dormant'
          : 'active'
    const lostDate = status === 'lost' ? addDays(options.today, -random.int(30, 700)) : null
    const ownerKey = random.chance(0.04) ? null : random.pick(options.ownerKeys)
    const contactCount = random.int(1, 3)
    const personal = random.chance(0.3)
    const fromHour = personal ? random.int(18, 19) : random.int(9, 14)
    return {
      externalId: `C${String(i + 1).padStart(6, '0')}`,
      name,
      companyName,
      taxId: String(10_000_000 + ((i * 7_919_317 + options.seed) % 89_999_999)),
      address: `${city}${street}${random.int(1, 399)}號${random.int(2, 28)}樓`,
      phone: phoneOf(area, i * 31 + random.int(0, 30)),
      website: random.chance(0.6)
        ? `https://www.${['dingsheng', 'hongyuan', 'huaxin', 'yongfeng', 'lianfa'][i % 5]}${i}.com.tw`
        : null,
      industry,
      region: city,
      source: random.pick(SOURCES),
      ownerKey,
      status,
      lostReason: status === 'lost' ? random.pick(LOST_REASONS) : null,
      lostDate,
      tags: TAGS.filter(() => random.chance(0.15)),
      interests: INTERESTS.filter(() => random.chance(0.18)).slice(0, 3),
      preferredTime: random.chance(0.8) ? (personal ? 'personal_time' : 'work_hours') : null,
      meetingStyle: random.chance(0.85) ? (random.chance(0.6) ? 'brief' : 'formal') : null,
      preferredWeekdays: [1, 2, 3, 4, 5, 6].filter(() => random.chance(personal ? 0.3 : 0.55)),
      preferredHoursFrom: `${String(fromHour).padStart(2, '0')}:00`,
      preferredHoursTo: `${String(fromHour + random.int(2, 3)).padStart(2, '0')}:00`,
      notes: random.chance(0.3) ? '每季初檢討採購量；年底前會有追加預算。' : null,
      assignedAt: ownerKey ? addDays(options.today, -random.int(0, 900)) : null,
      contacts: Array.from({ length: contactCount }, (_, c) => {
        const person = `${random.pick(SURNAMES)}${random.pick(GIVEN)}`
        return {
          name: person,
          title: random.pick(TITLES),
          phone: `09${String(10_000_000 + (((i * 3 + c) * 48_271) % 89_999_999)).slice(0, 2)}-${String((i * 97 + c * 13) % 1000).padStart(3, '0')}-${String((i * 61 + c) % 1000).padStart(3, '0')}`,
          email: c === 0 ? `contact${i + 1}@example.com.tw` : null,
          notes: c === 0 ? '主要窗口' : null,
        }
      }),
    }
  })
}
