import {
  NIK_WINDOWS,
  nameFullKeys,
  nameRegionKeys,
  nikWindowKey,
  kpjKey,
  prefixKey,
  rosterBirthDateNameKeys,
  type KeyEmitter,
} from './blocking-rules.js';
import { createKeyIndexBuilder, type KeyIndex, type KeyIndexBuilder } from './key-index.js';
import type { PersonFeatures } from './person-features.js';

/** The roster side indexed once per blocking-rule family; the BPJS side is streamed against it. */
export interface RosterIndex {
  /** 12-digit near-NIK keys (NIK_WINDOWS); window 0 is also the exact-NIK block. */
  readonly nikWindows: KeyIndex;
  readonly nikPrefix: KeyIndex;
  readonly kpj: KeyIndex;
  readonly birthDateName: KeyIndex;
  readonly nameRegion: KeyIndex;
  readonly nameFull: KeyIndex;
  /** Whether any indexed roster row has an Excel-damaged NIK (then valid BPJS NIKs look up prefixes too). */
  readonly hasDamagedNik: boolean;
}

/**
 * Indexes the roster rows for which `indexed[i]` is true (duplicates are left out: they take the
 * match of their first occurrence). Memory is linear: about ten (h1, h2, row) entries per row.
 */
export function buildRosterIndex(features: readonly PersonFeatures[], indexed: (i: number) => boolean): RosterIndex {
  // Upper bounds of the entries per index, so that each builder allocates its arrays once.
  let nWindows = 0;
  let nPrefix = 0;
  let nKpj = 0;
  let nRows = 0;
  for (let i = 0; i < features.length; i++) {
    const f = features[i];
    if (f === undefined || !indexed(i)) continue;
    nRows++;
    if (f.digits16 !== null) nWindows += NIK_WINDOWS.length;
    if (f.prefix15 !== null) nPrefix++;
    if (f.kpj !== null) nKpj++;
  }
  const builders = {
    nikWindows: createKeyIndexBuilder(nWindows),
    nikPrefix: createKeyIndexBuilder(nPrefix),
    kpj: createKeyIndexBuilder(nKpj),
    birthDateName: createKeyIndexBuilder(2 * nRows),
    nameRegion: createKeyIndexBuilder(nRows),
    nameFull: createKeyIndexBuilder(nRows),
  };
  let row = 0;
  let target: KeyIndexBuilder = builders.nikWindows;
  const emit: KeyEmitter = (h1, h2) => target.add(h1, h2, row);
  let hasDamagedNik = false;
  for (let i = 0; i < features.length; i++) {
    const f = features[i];
    if (f === undefined || !indexed(i)) continue;
    row = i;
    if (f.digits16 !== null) {
      target = builders.nikWindows;
      for (let w = 0; w < NIK_WINDOWS.length; w++) nikWindowKey(f.digits16, w, emit);
    }
    if (f.prefix15 !== null) {
      target = builders.nikPrefix;
      prefixKey(f.prefix15, emit);
      if (f.digits16 === null) hasDamagedNik = true;
    }
    if (f.kpj !== null) {
      target = builders.kpj;
      kpjKey(f.kpj, emit);
    }
    target = builders.birthDateName;
    rosterBirthDateNameKeys(f, emit);
    target = builders.nameRegion;
    nameRegionKeys(f, emit);
    target = builders.nameFull;
    nameFullKeys(f, emit);
  }
  return {
    nikWindows: builders.nikWindows.build(),
    nikPrefix: builders.nikPrefix.build(),
    kpj: builders.kpj.build(),
    birthDateName: builders.birthDateName.build(),
    nameRegion: builders.nameRegion.build(),
    nameFull: builders.nameFull.build(),
    hasDamagedNik,
  };
}
