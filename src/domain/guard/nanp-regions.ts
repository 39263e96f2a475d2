/**
 * North American Numbering Plan: every geographic area code of the US, its territories, Canada and
 * the Caribbean members, by state or province, with the IANA time zones its numbers may be in.
 * Area codes that straddle a zone line list every zone they cover (`split`), so a caller's zone is
 * never guessed narrower than the numbering plan allows. Non-geographic codes (800, 888, 500, 900 …)
 * are deliberately absent: they say nothing about where the person is.
 * Sources: NANPA area code assignments by state/province; zone lines from the US DOT time zone
 * boundaries (49 CFR part 71) and Canadian provincial time acts.
 */
export interface NanpRegion {
  /** ISO 3166-2 style code: US-CA, CA-ON, or the country for single-region members (JM, BS …). */
  region: string;
  name: string;
  /** Zones of the region's area codes that lie wholly within one zone. */
  zones: readonly string[];
  areaCodes: string;
  /** Area codes whose numbers span several zones, with all of them. */
  split?: Readonly<Record<string, readonly string[]>>;
}

const NY = 'America/New_York';
const CHI = 'America/Chicago';
const DEN = 'America/Denver';
const PHX = 'America/Phoenix';
const LA = 'America/Los_Angeles';

export const NANP_REGIONS: readonly NanpRegion[] = [
  { region: 'US-AL', name: 'Alabama', zones: [CHI], areaCodes: '205 251 256 334 659 938' },
  {
    region: 'US-AK',
    name: 'Alaska',
    zones: [],
    areaCodes: '',
    split: { '907': ['America/Anchorage', 'America/Adak'] },
  },
  {
    region: 'US-AZ',
    name: 'Arizona',
    zones: [PHX],
    areaCodes: '480 520 602 623',
    split: { '928': [PHX, DEN] },
  },
  { region: 'US-AR', name: 'Arkansas', zones: [CHI], areaCodes: '327 479 501 870' },
  {
    region: 'US-CA',
    name: 'California',
    zones: [LA],
    areaCodes:
      '209 213 279 310 323 341 350 369 408 415 424 442 510 530 559 562 619 626 628 650 657 661 669 707 714 747 760 805 818 820 831 840 858 909 916 925 949 951',
  },
  { region: 'US-CO', name: 'Colorado', zones: [DEN], areaCodes: '303 719 720 970 983' },
  { region: 'US-CT', name: 'Connecticut', zones: [NY], areaCodes: '203 475 860 959' },
  { region: 'US-DE', name: 'Delaware', zones: [NY], areaCodes: '302' },
  { region: 'US-DC', name: 'District of Columbia', zones: [NY], areaCodes: '202 771' },
  {
    region: 'US-FL',
    name: 'Florida',
    zones: [NY],
    areaCodes:
      '239 305 321 324 352 386 407 561 645 656 689 727 728 754 772 786 813 863 904 941 954',
    split: { '850': [NY, CHI], '448': [NY, CHI] },
  },
  {
    region: 'US-GA',
    name: 'Georgia',
    zones: [NY],
    areaCodes: '229 404 470 478 678 706 762 770 912 943',
  },
  { region: 'US-HI', name: 'Hawaii', zones: ['Pacific/Honolulu'], areaCodes: '808' },
  {
    region: 'US-ID',
    name: 'Idaho',
    zones: [],
    areaCodes: '',
    split: { '208': ['America/Boise', LA], '986': ['America/Boise', LA] },
  },
  {
    region: 'US-IL',
    name: 'Illinois',
    zones: [CHI],
    areaCodes: '217 224 309 312 331 447 464 618 630 708 730 773 779 815 847 861 872',
  },
  {
    region: 'US-IN',
    name: 'Indiana',
    zones: ['America/Indiana/Indianapolis'],
    areaCodes: '260 317 463 765',
    split: { '219': [CHI, NY], '574': [NY, CHI], '812': [NY, CHI], '930': [NY, CHI] },
  },
  { region: 'US-IA', name: 'Iowa', zones: [CHI], areaCodes: '319 515 563 641 712' },
  {
    region: 'US-KS',
    name: 'Kansas',
    zones: [CHI],
    areaCodes: '316 913',
    split: { '620': [CHI, DEN], '785': [CHI, DEN] },
  },
  {
    region: 'US-KY',
    name: 'Kentucky',
    zones: [NY],
    areaCodes: '502 859',
    split: { '270': [CHI, NY], '364': [CHI, NY], '606': [NY, CHI] },
  },
  { region: 'US-LA', name: 'Louisiana', zones: [CHI], areaCodes: '225 318 337 504 985' },
  { region: 'US-ME', name: 'Maine', zones: [NY], areaCodes: '207' },
  { region: 'US-MD', name: 'Maryland', zones: [NY], areaCodes: '227 240 301 410 443 667' },
  {
    region: 'US-MA',
    name: 'Massachusetts',
    zones: [NY],
    areaCodes: '339 351 413 508 617 774 781 857 978',
  },
  {
    region: 'US-MI',
    name: 'Michigan',
    zones: ['America/Detroit'],
    areaCodes: '231 248 269 313 517 586 616 679 734 810 947 989',
    split: { '906': ['America/Detroit', 'America/Menominee'] },
  },
  {
    region: 'US-MN',
    name: 'Minnesota',
    zones: [CHI],
    areaCodes: '218 320 507 612 651 763 924 952',
  },
  { region: 'US-MS', name: 'Mississippi', zones: [CHI], areaCodes: '228 601 662 769' },
  {
    region: 'US-MO',
    name: 'Missouri',
    zones: [CHI],
    areaCodes: '235 314 417 557 573 636 660 816 975',
  },
  { region: 'US-MT', name: 'Montana', zones: [DEN], areaCodes: '406' },
  {
    region: 'US-NE',
    name: 'Nebraska',
    zones: [CHI],
    areaCodes: '402 531',
    split: { '308': [CHI, DEN] },
  },
  {
    region: 'US-NV',
    name: 'Nevada',
    zones: [LA],
    areaCodes: '702 725',
    split: { '775': [LA, DEN] },
  },
  { region: 'US-NH', name: 'New Hampshire', zones: [NY], areaCodes: '603' },
  {
    region: 'US-NJ',
    name: 'New Jersey',
    zones: [NY],
    areaCodes: '201 551 609 640 732 848 856 862 908 973',
  },
  { region: 'US-NM', name: 'New Mexico', zones: [DEN], areaCodes: '505 575' },
  {
    region: 'US-NY',
    name: 'New York',
    zones: [NY],
    areaCodes:
      '212 315 329 332 347 363 516 518 585 607 624 631 646 680 716 718 838 845 914 917 929 934',
  },
  {
    region: 'US-NC',
    name: 'North Carolina',
    zones: [NY],
    areaCodes: '252 336 472 704 743 828 910 919 980 984',
  },
  { region: 'US-ND', name: 'North Dakota', zones: [], areaCodes: '', split: { '701': [CHI, DEN] } },
  {
    region: 'US-OH',
    name: 'Ohio',
    zones: [NY],
    areaCodes: '216 220 234 283 326 330 380 419 436 440 513 567 614 740 937',
  },
  { region: 'US-OK', name: 'Oklahoma', zones: [CHI], areaCodes: '405 539 572 580 918' },
  {
    region: 'US-OR',
    name: 'Oregon',
    zones: [LA],
    areaCodes: '503 971',
    split: { '541': [LA, 'America/Boise'], '458': [LA, 'America/Boise'] },
  },
  {
    region: 'US-PA',
    name: 'Pennsylvania',
    zones: [NY],
    areaCodes: '215 223 267 272 412 445 484 570 582 610 717 724 814 835 878',
  },
  { region: 'US-RI', name: 'Rhode Island', zones: [NY], areaCodes: '401' },
  { region: 'US-SC', name: 'South Carolina', zones: [NY], areaCodes: '803 821 839 843 854 864' },
  { region: 'US-SD', name: 'South Dakota', zones: [], areaCodes: '', split: { '605': [CHI, DEN] } },
  {
    region: 'US-TN',
    name: 'Tennessee',
    zones: [CHI],
    areaCodes: '615 629 731 901 931',
    split: { '423': [NY, CHI], '865': [NY] },
  },
  {
    region: 'US-TX',
    name: 'Texas',
    zones: [CHI],
    areaCodes:
      '210 214 254 281 325 346 361 409 430 469 512 682 713 726 737 806 817 830 832 903 936 940 945 956 972 979',
    split: { '915': [DEN], '432': [CHI, DEN] },
  },
  { region: 'US-UT', name: 'Utah', zones: [DEN], areaCodes: '385 435 801' },
  { region: 'US-VT', name: 'Vermont', zones: [NY], areaCodes: '802' },
  {
    region: 'US-VA',
    name: 'Virginia',
    zones: [NY],
    areaCodes: '276 434 540 571 686 703 757 804 826 948',
  },
  { region: 'US-WA', name: 'Washington', zones: [LA], areaCodes: '206 253 360 425 509 564' },
  { region: 'US-WV', name: 'West Virginia', zones: [NY], areaCodes: '304 681' },
  {
    region: 'US-WI',
    name: 'Wisconsin',
    zones: [CHI],
    areaCodes: '262 274 353 414 534 608 715 920',
  },
  { region: 'US-WY', name: 'Wyoming', zones: [DEN], areaCodes: '307' },
  { region: 'US-PR', name: 'Puerto Rico', zones: ['America/Puerto_Rico'], areaCodes: '787 939' },
  { region: 'US-VI', name: 'U.S. Virgin Islands', zones: ['America/St_Thomas'], areaCodes: '340' },
  { region: 'US-GU', name: 'Guam', zones: ['Pacific/Guam'], areaCodes: '671' },
  {
    region: 'US-MP',
    name: 'Northern Mariana Islands',
    zones: ['Pacific/Saipan'],
    areaCodes: '670',
  },
  { region: 'US-AS', name: 'American Samoa', zones: ['Pacific/Pago_Pago'], areaCodes: '684' },
  {
    region: 'CA-AB',
    name: 'Alberta',
    zones: ['America/Edmonton'],
    areaCodes: '368 403 587 780 825',
  },
  {
    region: 'CA-BC',
    name: 'British Columbia',
    zones: ['America/Vancouver'],
    areaCodes: '604',
    split: {
      '250': ['America/Vancouver', 'America/Edmonton', 'America/Dawson_Creek'],
      '236': ['America/Vancouver', 'America/Edmonton', 'America/Dawson_Creek'],
      '778': ['America/Vancouver', 'America/Edmonton', 'America/Dawson_Creek'],
      '672': ['America/Vancouver', 'America/Edmonton', 'America/Dawson_Creek'],
    },
  },
  { region: 'CA-MB', name: 'Manitoba', zones: ['America/Winnipeg'], areaCodes: '204 431 584' },
  { region: 'CA-NB', name: 'New Brunswick', zones: ['America/Moncton'], areaCodes: '428 506' },
  {
    region: 'CA-NL',
    name: 'Newfoundland and Labrador',
    zones: [],
    areaCodes: '',
    split: {
      '709': ['America/St_Johns', 'America/Goose_Bay'],
      '879': ['America/St_Johns', 'America/Goose_Bay'],
    },
  },
  { region: 'CA-NS', name: 'Nova Scotia', zones: ['America/Halifax'], areaCodes: '782 902' },
  { region: 'CA-PE', name: 'Prince Edward Island', zones: ['America/Halifax'], areaCodes: '' },
  {
    region: 'CA-ON',
    name: 'Ontario',
    zones: ['America/Toronto'],
    areaCodes: '226 249 289 343 365 382 416 437 519 548 613 647 683 705 742 753 905 942',
    split: { '807': ['America/Toronto', 'America/Winnipeg'] },
  },
  {
    region: 'CA-QC',
    name: 'Quebec',
    zones: ['America/Toronto'],
    areaCodes: '263 354 438 450 468 514 579 819 873',
    split: {
      '418': ['America/Toronto', 'America/Halifax'],
      '581': ['America/Toronto', 'America/Halifax'],
      '367': ['America/Toronto', 'America/Halifax'],
    },
  },
  { region: 'CA-SK', name: 'Saskatchewan', zones: ['America/Regina'], areaCodes: '306 474 639' },
  {
    region: 'CA-YT',
    name: 'Yukon, Northwest Territories and Nunavut',
    zones: [],
    areaCodes: '',
    split: {
      '867': ['America/Whitehorse', 'America/Edmonton', 'America/Winnipeg', 'America/Iqaluit'],
    },
  },
  { region: 'CA-NT', name: 'Northwest Territories', zones: ['America/Edmonton'], areaCodes: '' },
  {
    region: 'CA-NU',
    name: 'Nunavut',
    zones: ['America/Edmonton', 'America/Winnipeg', 'America/Iqaluit'],
    areaCodes: '',
  },
  { region: 'BS', name: 'Bahamas', zones: ['America/Nassau'], areaCodes: '242' },
  { region: 'BB', name: 'Barbados', zones: ['America/Barbados'], areaCodes: '246' },
  { region: 'AI', name: 'Anguilla', zones: ['America/Anguilla'], areaCodes: '264' },
  { region: 'AG', name: 'Antigua and Barbuda', zones: ['America/Antigua'], areaCodes: '268' },
  { region: 'VG', name: 'British Virgin Islands', zones: ['America/Tortola'], areaCodes: '284' },
  { region: 'KY', name: 'Cayman Islands', zones: ['America/Cayman'], areaCodes: '345' },
  { region: 'BM', name: 'Bermuda', zones: ['Atlantic/Bermuda'], areaCodes: '441' },
  { region: 'GD', name: 'Grenada', zones: ['America/Grenada'], areaCodes: '473' },
  {
    region: 'TC',
    name: 'Turks and Caicos Islands',
    zones: ['America/Grand_Turk'],
    areaCodes: '649',
  },
  { region: 'JM', name: 'Jamaica', zones: ['America/Jamaica'], areaCodes: '658 876' },
  { region: 'MS', name: 'Montserrat', zones: ['America/Montserrat'], areaCodes: '664' },
  { region: 'SX', name: 'Sint Maarten', zones: ['America/Lower_Princes'], areaCodes: '721' },
  { region: 'LC', name: 'Saint Lucia', zones: ['America/St_Lucia'], areaCodes: '758' },
  { region: 'DM', name: 'Dominica', zones: ['America/Dominica'], areaCodes: '767' },
  {
    region: 'VC',
    name: 'Saint Vincent and the Grenadines',
    zones: ['America/St_Vincent'],
    areaCodes: '784',
  },
  {
    region: 'DO',
    name: 'Dominican Republic',
    zones: ['America/Santo_Domingo'],
    areaCodes: '809 829 849',
  },
  { region: 'TT', name: 'Trinidad and Tobago', zones: ['America/Port_of_Spain'], areaCodes: '868' },
  { region: 'KN', name: 'Saint Kitts and Nevis', zones: ['America/St_Kitts'], areaCodes: '869' },
];
