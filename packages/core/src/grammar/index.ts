export * from './types';
export { parseValue } from './parse';
export { unitInfo, unitsCompatible, toBaseUnit, valueInUnit, type UnitInfo } from './units';
export type { UnitKind } from './vocabulary';
export { toSimplified } from './traditional';
