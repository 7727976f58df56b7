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
 * Collects the blocking keys of roster rows as they are read (hashing them is most of the index's
 * cost, and it overlaps with reading the rest of the roster), then indexes the rows for which
 * `indexed(i)` is true: duplicates are left out, as they take the match of their first occurrence —
 * which is only known once the whole roster is in. Memory is linear: about ten (h1, h2, row) entries
 * per row.
 */
export interface RosterIndexBuilder {
  add(f: PersonFeatures, row: number): void;
  build(features: readonly PersonFeatures[], indexed: (i: number) => boolean): RosterIndex;
}

export function createRosterIndexBuilder(): RosterIndexBuilder {
  const builders = {
    nikWindows: createKeyIndexBuilder(),
    nikPrefix: createKeyIndexBuilder(),
    kpj: createKeyIndexBuilder(),
    birthDateName: createKeyIndexBuilder(),
    nameRegion: createKeyIndexBuilder(),
    nameFull: createKeyIndexBuilder(),
  };
  let row = 0;
  let target: KeyIndexBuilder = builders.nikWindows;
  const emit: KeyEmitter = (h1, h2) => target.add(h1, h2, row);
  return {
    add(f, i) {
      row = i;
      if (f.digits16 !== null) {
        target = builders.nikWindows;
        for (let w = 0; w < NIK_WINDOWS.length; w++) nikWindowKey(f.digits16, w, emit);
      }
      if (f.prefix15 !== null) {
        target = builders.nikPrefix;
        prefixKey(f.prefix15, emit);
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
    },
    build(features, indexed) {
      let hasDamagedNik = false;
      for (let i = 0; i < features.length && !hasDamagedNik; i++) {
        const f = features[i]!;
        hasDamagedNik = f.prefix15 !== null && f.digits16 === null && indexed(i);
      }
      return {
        nikWindows: builders.nikWindows.build(indexed),
        nikPrefix: builders.nikPrefix.build(indexed),
        kpj: builders.kpj.build(indexed),
        birthDateName: builders.birthDateName.build(indexed),
        nameRegion: builders.nameRegion.build(indexed),
        nameFull: builders.nameFull.build(indexed),
        hasDamagedNik,
      };
    },
  };
}
