/** The demo's cities, states, area codes, mobile prefixes and employers. */
export interface CnCity {
  city: string;
  region: string;
  areaCode: string;
  postcode: string;
  streets: string[];
}
export const CN_CITIES: CnCity[] = [
  {
    city: '上海市',
    region: '上海',
    areaCode: '021',
    postcode: '200',
    streets: ['浦东新区世纪大道', '徐汇区漕溪北路', '静安区南京西路', '闵行区莘庄镇莘建路'],
  },
  {
    city: '北京市',
    region: '北京',
    areaCode: '010',
    postcode: '100',
    streets: ['朝阳区建国路', '海淀区中关村大街', '西城区金融街', '丰台区丰台北路'],
  },
  {
    city: '深圳市',
    region: '广东省',
    areaCode: '0755',
    postcode: '518',
    streets: ['南山区科技园南路', '福田区深南大道', '宝安区新安街道'],
  },
  {
    city: '广州市',
    region: '广东省',
    areaCode: '020',
    postcode: '510',
    streets: ['天河区天河路', '越秀区中山五路', '海珠区江南大道'],
  },
  {
    city: '杭州市',
    region: '浙江省',
    areaCode: '0571',
    postcode: '310',
    streets: ['西湖区文三路', '滨江区江南大道', '上城区解放路'],
  },
  {
    city: '成都市',
    region: '四川省',
    areaCode: '028',
    postcode: '610',
    streets: ['武侯区人民南路', '锦江区春熙路', '高新区天府大道'],
  },
];

export interface UsState {
  state: string;
  zone: string;
  cities: { city: string; areaCodes: string[]; zip: string; streets: string[] }[];
}
export const US_STATES: UsState[] = [
  {
    state: 'CA',
    zone: 'America/Los_Angeles',
    cities: [
      {
        city: 'San Francisco',
        areaCodes: ['415', '628'],
        zip: '941',
        streets: ['Valencia St', 'Geary Blvd', 'Mission St', 'Irving St'],
      },
      {
        city: 'Los Angeles',
        areaCodes: ['213', '310', '323'],
        zip: '900',
        streets: ['Sunset Blvd', 'Wilshire Blvd', 'Figueroa St'],
      },
    ],
  },
  {
    state: 'NY',
    zone: 'America/New_York',
    cities: [
      {
        city: 'New York',
        areaCodes: ['212', '646', '718'],
        zip: '100',
        streets: ['Amsterdam Ave', 'Lexington Ave', 'W 86th St', 'Atlantic Ave'],
      },
      { city: 'Buffalo', areaCodes: ['716'], zip: '142', streets: ['Elmwood Ave', 'Delaware Ave'] },
    ],
  },
  {
    state: 'TX',
    zone: 'America/Chicago',
    cities: [
      {
        city: 'Houston',
        areaCodes: ['713', '832'],
        zip: '770',
        streets: ['Westheimer Rd', 'Montrose Blvd', 'Bellaire Blvd'],
      },
      {
        city: 'Austin',
        areaCodes: ['512'],
        zip: '787',
        streets: ['S Congress Ave', 'Guadalupe St'],
      },
    ],
  },
  {
    state: 'IL',
    zone: 'America/Chicago',
    cities: [
      {
        city: 'Chicago',
        areaCodes: ['312', '773'],
        zip: '606',
        streets: ['N Clark St', 'W Belmont Ave', 'S Halsted St'],
      },
    ],
  },
  {
    state: 'FL',
    zone: 'America/New_York',
    cities: [
      {
        city: 'Miami',
        areaCodes: ['305', '786'],
        zip: '331',
        streets: ['Collins Ave', 'Biscayne Blvd', 'SW 8th St'],
      },
    ],
  },
];

export const CN_MOBILE_PREFIXES = [
  '138',
  '139',
  '186',
  '135',
  '137',
  '150',
  '158',
  '188',
  '189',
  '133',
  '177',
  '131',
  '156',
  '183',
];

export const CN_EMPLOYERS = [
  { id: 'EMP-CN-01', name: '上海浦江物流有限公司', city: 0 },
  { id: 'EMP-CN-02', name: '北京华信科技股份有限公司', city: 1 },
  { id: 'EMP-CN-03', name: '深圳鹏城电子制造有限公司', city: 2 },
  { id: 'EMP-CN-04', name: '广州珠江餐饮管理有限公司', city: 3 },
  { id: 'EMP-CN-05', name: '杭州西子网络科技有限公司', city: 4 },
  { id: 'EMP-CN-06', name: '成都天府建设工程有限公司', city: 5 },
  { id: 'EMP-CN-07', name: '上海申城百货有限公司', city: 0 },
  { id: 'EMP-CN-08', name: '北京京东方物业服务有限公司', city: 1 },
];
export const US_EMPLOYERS = [
  { id: 'EMP-US-01', name: 'Bay Freight Logistics Inc.', state: 0 },
  { id: 'EMP-US-02', name: 'Golden Gate Dental Group', state: 0 },
  { id: 'EMP-US-03', name: 'Hudson Street Hospitality LLC', state: 1 },
  { id: 'EMP-US-04', name: 'Empire Home Health Services', state: 1 },
  { id: 'EMP-US-05', name: 'Gulf Coast Energy Services', state: 2 },
  { id: 'EMP-US-06', name: 'Lakeshore Auto Repair', state: 3 },
  { id: 'EMP-US-07', name: 'Sunshine Retail Partners', state: 4 },
];
