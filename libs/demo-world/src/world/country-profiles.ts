import type { NamePool } from './name-pools';

export type PortType = 'seaport' | 'airport' | 'land_border' | 'postal_centre' | 'inland';

export interface Port {
  readonly name: string;
  readonly type: PortType;
}

/**
 * How likely each link of the chain is to hold (0 to 1): customs refers instead of settling or
 * sitting on a file, prosecutors charge instead of declining, courts convict and sentence firmly.
 */
export interface ChainStrength {
  readonly customs: number;
  readonly prosecution: number;
  readonly court: number;
}

export interface CountryProfile {
  readonly code: string;
  readonly currency: string;
  /** Local units per US dollar, for fines and values (a demo rate, not a published one). */
  readonly usdRate: number;
  /** Relative share of the world's seizures. */
  readonly weight: number;
  readonly strength: ChainStrength;
  readonly names: NamePool;
  readonly ports: readonly Port[];
  readonly agencies: {
    readonly customs: string;
    readonly prosecutor: string;
    readonly judiciary: string;
  };
  readonly court: string;
  /** The environmental and the wildlife statute charges are filed under. */
  readonly statutes: { readonly environment: string; readonly wildlife: string };
  /** Statutory maxima of the main offence: fine in US dollars (converted), term in months. */
  readonly maximum: { readonly fineUsd: number; readonly months: number };
}

type Row = [
  code: string,
  currency: string,
  usdRate: number,
  weight: number,
  strength: [customs: number, prosecution: number, court: number],
  names: NamePool,
  ports: string,
  agencies: [customs: string, prosecutor: string, judiciary: string],
  court: string,
  statutes: [environment: string, wildlife: string],
  maximum: [fineUsd: number, months: number],
];

const portTypes: Record<string, PortType> = {
  S: 'seaport',
  A: 'airport',
  L: 'land_border',
  P: 'postal_centre',
  I: 'inland',
};

/** "S:Port of Mombasa;A:JKIA" → ports with their location types. */
function ports(spec: string): Port[] {
  return spec.split(';').map((entry) => {
    const [type = '', name = ''] = entry.split(':');
    const portType = portTypes[type];
    if (!portType) throw new Error(`unknown port type in ${entry}`);
    return { name, type: portType };
  });
}

// prettier-ignore
const rows: readonly Row[] = [
  ['KE', 'KES', 130, 12, [0.8, 0.55, 0.5], 'east_africa', 'S:Port of Mombasa;A:Jomo Kenyatta International Airport;L:Namanga One Stop Border Post', ['Kenya Revenue Authority - Customs', 'Office of the Director of Public Prosecutions', 'Judiciary of Kenya'], 'Mombasa Law Courts', ['Environmental Management and Co-ordination Act', 'Wildlife Conservation and Management Act'], [150_000, 120]],
  ['TZ', 'TZS', 2600, 3, [0.65, 0.45, 0.55], 'east_africa', 'S:Port of Dar es Salaam;A:Julius Nyerere International Airport;L:Tunduma border', ['Tanzania Revenue Authority - Customs', 'National Prosecutions Service', 'Judiciary of Tanzania'], 'Kisutu Resident Magistrate Court', ['Environmental Management Act', 'Wildlife Conservation Act'], [40_000, 240]],
  ['UG', 'UGX', 3750, 2, [0.6, 0.6, 0.65], 'east_africa', 'A:Entebbe International Airport;L:Malaba border;L:Busia border', ['Uganda Revenue Authority - Customs', 'Office of the Director of Public Prosecutions', 'Standards, Utilities and Wildlife Court'], 'Standards, Utilities and Wildlife Court, Kampala', ['National Environment Act', 'Uganda Wildlife Act'], [500_000, 240]],
  ['NG', 'NGN', 1500, 5, [0.7, 0.35, 0.4], 'west_africa', 'S:Apapa Port, Lagos;S:Tin Can Island Port;A:Murtala Muhammed International Airport', ['Nigeria Customs Service', 'Federal Ministry of Justice - Prosecution', 'Federal High Court of Nigeria'], 'Federal High Court, Lagos', ['National Environmental Standards and Regulations Enforcement Agency Act', 'Endangered Species (Control of International Trade and Traffic) Act'], [15_000, 60]],
  ['GH', 'GHS', 15, 2, [0.6, 0.4, 0.5], 'west_africa', 'S:Port of Tema;A:Kotoka International Airport;L:Aflao border', ['Customs Division, Ghana Revenue Authority', 'Office of the Attorney-General', 'Judicial Service of Ghana'], 'Circuit Court, Tema', ['Environmental Protection Agency Act', 'Wildlife Resources Management Act'], [20_000, 60]],
  ['CM', 'XAF', 600, 2, [0.45, 0.3, 0.35], 'francophone_africa', 'S:Port of Douala;A:Douala International Airport', ['Direction Générale des Douanes du Cameroun', 'Parquet de Douala', 'Tribunal de Grande Instance du Wouri'], 'Tribunal de Grande Instance du Wouri', ['Loi-cadre relative à la gestion de l’environnement', 'Loi portant régime des forêts, de la faune et de la pêche'], [17_000, 36]],
  ['ZA', 'ZAR', 18, 4, [0.75, 0.6, 0.6], 'southern_africa', 'S:Port of Durban;A:O. R. Tambo International Airport;L:Beitbridge border post', ['South African Revenue Service - Customs', 'National Prosecuting Authority', 'Magistrates Courts of South Africa'], 'Kempton Park Regional Court', ['National Environmental Management: Waste Act', 'National Environmental Management: Biodiversity Act'], [550_000, 120]],
  ['MZ', 'MZN', 64, 2, [0.5, 0.3, 0.3], 'southern_africa', 'S:Port of Maputo;S:Port of Pemba;L:Ressano Garcia border', ['Alfândegas de Moçambique', 'Procuradoria-Geral da República', 'Tribunal Judicial da Cidade de Maputo'], 'Tribunal Judicial da Cidade de Maputo', ['Lei do Ambiente', 'Lei da Conservação'], [30_000, 144]],
  ['SN', 'XOF', 600, 1, [0.55, 0.4, 0.45], 'francophone_africa', 'S:Port Autonome de Dakar;A:Aéroport International Blaise Diagne', ['Direction Générale des Douanes du Sénégal', 'Parquet du Tribunal de Dakar', 'Tribunal de Grande Instance de Dakar'], 'Tribunal de Grande Instance de Dakar', ['Code de l’environnement', 'Code de la chasse et de la protection de la faune'], [8_000, 24]],
  ['CI', 'XOF', 600, 2, [0.55, 0.35, 0.4], 'francophone_africa', 'S:Port Autonome d’Abidjan;A:Aéroport Félix-Houphouët-Boigny', ['Direction Générale des Douanes de Côte d’Ivoire', 'Parquet d’Abidjan-Plateau', 'Tribunal de Première Instance d’Abidjan'], 'Tribunal de Première Instance d’Abidjan-Plateau', ['Code de l’environnement', 'Loi relative à la protection de la faune'], [10_000, 24]],
  ['ET', 'ETB', 120, 1, [0.6, 0.5, 0.6], 'east_africa', 'A:Addis Ababa Bole International Airport;L:Moyale border', ['Ethiopian Customs Commission', 'Federal Attorney General', 'Federal First Instance Court'], 'Federal First Instance Court, Bole', ['Environmental Pollution Control Proclamation', 'Wildlife Development, Conservation and Utilization Proclamation'], [3_000, 180]],
  ['MG', 'MGA', 4500, 1, [0.4, 0.3, 0.35], 'francophone_africa', 'S:Port de Toamasina;A:Aéroport International d’Ivato', ['Direction Générale des Douanes de Madagascar', 'Parquet de la Chaîne Pénale Spécialisée', 'Chaîne Pénale Spécialisée, Antananarivo'], 'Chaîne Pénale Spécialisée, Antananarivo', ['Charte de l’environnement', 'Code de gestion des aires protégées'], [45_000, 120]],
  ['CN', 'CNY', 7.2, 6, [0.9, 0.85, 0.9], 'east_asia', 'S:Port of Shanghai;S:Port of Shenzhen (Yantian);A:Guangzhou Baiyun International Airport;L:Pingxiang border', ['General Administration of Customs of China', 'Anti-Smuggling Bureau and People’s Procuratorate', 'Intermediate People’s Court'], 'Guangzhou Intermediate People’s Court', ['Criminal Law, Article 339 (illegal import of solid waste)', 'Criminal Law, Article 151 (smuggling of precious animals)'], [140_000, 180]],
  ['VN', 'VND', 25000, 4, [0.6, 0.5, 0.7], 'east_asia', 'S:Hai Phong Port;S:Cat Lai Port, Ho Chi Minh City;A:Noi Bai International Airport;L:Mong Cai border', ['General Department of Vietnam Customs', 'Supreme People’s Procuracy', 'People’s Court of Hai Phong'], 'People’s Court of Hai Phong', ['Penal Code, Article 235 (environmental pollution)', 'Penal Code, Article 244 (endangered species)'], [80_000, 180]],
  ['TH', 'THB', 35, 3, [0.7, 0.55, 0.6], 'east_asia', 'S:Laem Chabang Port;A:Suvarnabhumi Airport;L:Sadao border', ['Thai Customs Department', 'Office of the Attorney General', 'Criminal Court'], 'Criminal Court, Bangkok', ['Hazardous Substance Act', 'Wild Animal Conservation and Protection Act'], [45_000, 120]],
  ['MY', 'MYR', 4.5, 3, [0.75, 0.6, 0.65], 'east_asia', 'S:Port Klang;S:Port of Tanjung Pelepas;A:Kuala Lumpur International Airport', ['Royal Malaysian Customs Department', 'Attorney General’s Chambers', 'Sessions Court'], 'Sessions Court, Klang', ['Environmental Quality Act', 'International Trade in Endangered Species Act'], [220_000, 84]],
  ['ID', 'IDR', 16000, 3, [0.6, 0.5, 0.55], 'east_asia', 'S:Tanjung Priok Port;S:Port of Tanjung Perak;A:Soekarno-Hatta International Airport', ['Directorate General of Customs and Excise', 'Attorney General’s Office', 'District Court'], 'North Jakarta District Court', ['Environmental Protection and Management Law', 'Conservation of Living Resources Law'], [320_000, 180]],
  ['PH', 'PHP', 57, 2, [0.6, 0.45, 0.45], 'east_asia', 'S:Manila International Container Terminal;A:Ninoy Aquino International Airport', ['Bureau of Customs', 'Department of Justice - National Prosecution Service', 'Regional Trial Court'], 'Regional Trial Court, Manila', ['Toxic Substances and Hazardous and Nuclear Wastes Control Act', 'Wildlife Resources Conservation and Protection Act'], [17_000, 144]],
  ['IN', 'INR', 84, 4, [0.7, 0.45, 0.4], 'south_asia', 'S:Jawaharlal Nehru Port;S:Chennai Port;A:Indira Gandhi International Airport;L:Petrapole land port', ['Central Board of Indirect Taxes and Customs', 'Directorate of Revenue Intelligence - Prosecution', 'Court of the Chief Metropolitan Magistrate'], 'Court of the Chief Metropolitan Magistrate, Mumbai', ['Environment (Protection) Act', 'Wild Life (Protection) Act'], [12_000, 84]],
  ['BD', 'BDT', 120, 1, [0.5, 0.35, 0.4], 'south_asia', 'S:Port of Chittagong;A:Hazrat Shahjalal International Airport;L:Benapole land port', ['Bangladesh Customs', 'Public Prosecutor’s Office', 'Chief Metropolitan Magistrate Court'], 'Chief Metropolitan Magistrate Court, Dhaka', ['Bangladesh Environment Conservation Act', 'Wildlife (Conservation and Security) Act'], [8_000, 144]],
  ['PK', 'PKR', 280, 1, [0.55, 0.4, 0.4], 'south_asia', 'S:Port of Karachi;A:Jinnah International Airport;L:Torkham border', ['Pakistan Customs', 'Prosecutor General', 'Special Court (Customs, Taxation and Anti-Smuggling)'], 'Special Court (Customs, Taxation and Anti-Smuggling), Karachi', ['Pakistan Environmental Protection Act', 'Sindh Wildlife Protection Act'], [5_000, 60]],
  ['LA', 'LAK', 21000, 1, [0.35, 0.25, 0.3], 'east_asia', 'L:Boten border;L:Friendship Bridge, Vientiane;A:Wattay International Airport', ['Customs Department of Lao PDR', 'Office of the Supreme People’s Prosecutor', 'People’s Court of Vientiane Capital'], 'People’s Court of Vientiane Capital', ['Law on Environmental Protection', 'Law on Wildlife and Aquatic Animals'], [2_500, 60]],
  ['KH', 'KHR', 4100, 1, [0.45, 0.35, 0.4], 'east_asia', 'S:Sihanoukville Autonomous Port;A:Phnom Penh International Airport', ['General Department of Customs and Excise of Cambodia', 'Prosecutor of the Phnom Penh Municipal Court', 'Phnom Penh Municipal Court'], 'Phnom Penh Municipal Court', ['Law on Environmental Protection and Natural Resource Management', 'Law on Forestry'], [25_000, 120]],
  ['AE', 'AED', 3.67, 3, [0.75, 0.6, 0.7], 'middle_east', 'S:Jebel Ali Port;A:Dubai International Airport;A:Abu Dhabi International Airport', ['Dubai Customs', 'Dubai Public Prosecution', 'Dubai Courts'], 'Dubai Court of First Instance', ['Federal Law No. 24 on the Protection and Development of the Environment', 'Federal Law No. 11 on International Trade in Endangered Species'], [140_000, 60]],
  ['TR', 'TRY', 34, 2, [0.7, 0.55, 0.5], 'middle_east', 'S:Port of Mersin;S:Ambarlı Port, Istanbul;A:Istanbul Airport;L:Kapıkule border', ['Ministry of Trade - Customs Enforcement', 'Chief Public Prosecutor’s Office', 'Criminal Court of First Instance'], 'Istanbul Criminal Court of First Instance', ['Environmental Law No. 2872', 'Law No. 5607 on Combating Smuggling'], [60_000, 60]],
  ['DE', 'EUR', 0.92, 3, [0.85, 0.6, 0.75], 'europe', 'S:Port of Hamburg;A:Frankfurt Airport;P:International Mail Centre, Frankfurt', ['Zoll - Generalzolldirektion', 'Staatsanwaltschaft Hamburg', 'Amtsgericht Hamburg'], 'Amtsgericht Hamburg', ['Kreislaufwirtschaftsgesetz / Strafgesetzbuch § 326', 'Bundesnaturschutzgesetz § 71'], [55_000, 60]],
  ['FR', 'EUR', 0.92, 3, [0.8, 0.55, 0.6], 'europe', 'S:Port du Havre;A:Aéroport Paris-Charles de Gaulle;S:Port de Marseille-Fos', ['Direction Générale des Douanes et Droits Indirects', 'Parquet de Paris', 'Tribunal judiciaire de Paris'], 'Tribunal judiciaire de Bobigny', ['Code de l’environnement, article L541-46', 'Code de l’environnement, article L415-3'], [165_000, 84]],
  ['ES', 'EUR', 0.92, 3, [0.8, 0.65, 0.6], 'europe', 'S:Port of Algeciras;S:Port of Valencia;A:Adolfo Suárez Madrid-Barajas Airport', ['Agencia Tributaria - Vigilancia Aduanera', 'Fiscalía de Medio Ambiente', 'Juzgado de lo Penal'], 'Juzgado de lo Penal, Algeciras', ['Código Penal, artículo 326 (residuos)', 'Ley Orgánica 12/1995 de Represión del Contrabando'], [110_000, 60]],
  ['NL', 'EUR', 0.92, 3, [0.85, 0.7, 0.75], 'europe', 'S:Port of Rotterdam;A:Amsterdam Airport Schiphol', ['Douane Nederland', 'Openbaar Ministerie - Functioneel Parket', 'Rechtbank Rotterdam'], 'Rechtbank Rotterdam', ['Wet economische delicten / Wet milieubeheer', 'Wet natuurbescherming'], [100_000, 72]],
  ['BE', 'EUR', 0.92, 2, [0.8, 0.6, 0.65], 'europe', 'S:Port of Antwerp-Bruges;A:Brussels Airport', ['Algemene Administratie van de Douane en Accijnzen', 'Parket Antwerpen', 'Rechtbank van eerste aanleg Antwerpen'], 'Rechtbank van eerste aanleg Antwerpen', ['Vlaams Materialendecreet', 'Wet van 28 juli 1981 (CITES)'], [90_000, 60]],
  ['IT', 'EUR', 0.92, 2, [0.75, 0.55, 0.45], 'europe', 'S:Port of Genoa;S:Port of Gioia Tauro;A:Milan Malpensa Airport', ['Agenzia delle Dogane e dei Monopoli', 'Procura della Repubblica di Genova', 'Tribunale di Genova'], 'Tribunale di Genova', ['Testo Unico Ambientale, art. 259', 'Legge 150/1992 (CITES)'], [55_000, 36]],
  ['PL', 'PLN', 4, 2, [0.75, 0.55, 0.55], 'europe', 'S:Port of Gdańsk;L:Terespol border crossing;L:Dorohusk border crossing', ['Krajowa Administracja Skarbowa - Służba Celno-Skarbowa', 'Prokuratura Regionalna', 'Sąd Rejonowy'], 'Sąd Rejonowy w Białej Podlaskiej', ['Ustawa o odpadach / Kodeks karny art. 183', 'Ustawa o ochronie przyrody'], [30_000, 96]],
  ['GB', 'GBP', 0.79, 3, [0.8, 0.65, 0.7], 'anglophone', 'S:Port of Felixstowe;A:London Heathrow Airport;P:Coventry International Mail Centre', ['UK Border Force', 'Crown Prosecution Service', 'Crown Court'], 'Ipswich Crown Court', ['Transfrontier Shipment of Waste Regulations 2007', 'Control of Trade in Endangered Species Regulations 2018'], [250_000, 84]],
  ['US', 'USD', 1, 4, [0.85, 0.75, 0.8], 'anglophone', 'S:Port of Los Angeles;S:Port of Miami;A:John F. Kennedy International Airport;L:Otay Mesa port of entry', ['U.S. Customs and Border Protection', 'U.S. Department of Justice - Environmental Crimes Section', 'U.S. District Court'], 'U.S. District Court for the Southern District of California', ['Clean Air Act, 42 U.S.C. § 7413', 'Lacey Act, 16 U.S.C. § 3373'], [250_000, 60]],
  ['MX', 'MXN', 18, 3, [0.6, 0.35, 0.35], 'latin_america', 'S:Port of Manzanillo;A:Mexico City International Airport;L:Tijuana port of entry', ['Agencia Nacional de Aduanas de México', 'Fiscalía General de la República', 'Juzgado de Distrito'], 'Juzgado de Distrito en Materia Penal, Baja California', ['Código Penal Federal, artículo 414', 'Código Penal Federal, artículo 420'], [30_000, 108]],
  ['BR', 'BRL', 5.5, 4, [0.75, 0.45, 0.35], 'latin_america', 'S:Port of Santos;S:Port of Paranaguá;A:São Paulo/Guarulhos International Airport;L:Foz do Iguaçu border', ['Receita Federal do Brasil', 'Ministério Público Federal', 'Justiça Federal'], 'Justiça Federal, Santos', ['Lei de Crimes Ambientais, art. 56', 'Lei de Crimes Ambientais, art. 29'], [9_000, 48]],
  ['CO', 'COP', 4000, 2, [0.65, 0.45, 0.45], 'latin_america', 'S:Port of Buenaventura;S:Port of Cartagena;A:El Dorado International Airport', ['DIAN - Dirección de Impuestos y Aduanas Nacionales', 'Fiscalía General de la Nación', 'Juzgado Penal del Circuito'], 'Juzgado Penal del Circuito, Cartagena', ['Código Penal, artículo 332', 'Código Penal, artículo 328'], [12_000, 108]],
  ['PE', 'PEN', 3.7, 2, [0.6, 0.5, 0.4], 'latin_america', 'S:Port of Callao;A:Jorge Chávez International Airport;L:Desaguadero border', ['SUNAT - Aduanas', 'Fiscalía Especializada en Materia Ambiental', 'Juzgado Penal Unipersonal'], 'Juzgado Penal Unipersonal del Callao', ['Código Penal, artículo 307-A', 'Código Penal, artículo 308'], [15_000, 96]],
  ['PY', 'PYG', 7500, 1, [0.55, 0.4, 0.3], 'latin_america', 'S:Puerto de Asunción;L:Ciudad del Este - Puente de la Amistad;A:Aeropuerto Silvio Pettirossi', ['Dirección Nacional de Ingresos Tributarios - Aduanas', 'Fiscalía Ambiental', 'Juzgado Penal de Garantías'], 'Juzgado Penal de Garantías, Asunción', ['Ley 716/96 que sanciona delitos contra el medio ambiente', 'Ley 96/92 de vida silvestre'], [7_000, 60]],
  ['EC', 'USD', 1, 2, [0.6, 0.5, 0.45], 'latin_america', 'S:Port of Guayaquil;A:Mariscal Sucre International Airport;I:Galápagos inter-island checkpoint', ['Servicio Nacional de Aduana del Ecuador', 'Fiscalía General del Estado', 'Unidad Judicial Penal'], 'Unidad Judicial Penal de Guayaquil', ['Código Orgánico Integral Penal, artículo 255', 'Código Orgánico Integral Penal, artículo 247'], [20_000, 36]],
  ['AU', 'AUD', 1.5, 2, [0.85, 0.7, 0.7], 'anglophone', 'S:Port Botany, Sydney;A:Melbourne Airport;P:Sydney Gateway Facility (mail)', ['Australian Border Force', 'Commonwealth Director of Public Prosecutions', 'District Court'], 'District Court of New South Wales', ['Ozone Protection and Synthetic Greenhouse Gas Management Act 1989', 'Environment Protection and Biodiversity Conservation Act 1999'], [200_000, 120]],
];

export const countryProfiles: readonly CountryProfile[] = rows.map(
  ([
    code,
    currency,
    usdRate,
    weight,
    [customs, prosecution, court],
    names,
    portSpec,
    [customsAgency, prosecutor, judiciary],
    courtName,
    [environment, wildlife],
    [fineUsd, months],
  ]) => ({
    code,
    currency,
    usdRate,
    weight,
    strength: { customs, prosecution, court },
    names,
    ports: ports(portSpec),
    agencies: { customs: customsAgency, prosecutor, judiciary },
    court: courtName,
    statutes: { environment, wildlife },
    maximum: { fineUsd: Math.round(fineUsd), months },
  }),
);

export function countryProfile(code: string): CountryProfile {
  const profile = countryProfiles.find((entry) => entry.code === code);
  if (!profile) throw new RangeError(`no demo profile for ${code}`);
  return profile;
}
