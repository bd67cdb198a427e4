export * from './types';
export { parseValue } from './parse';
export { unitInfo, unitsCompatible, type UnitInfo } from './units';
