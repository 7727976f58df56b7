import type { Catalog } from './message.js';
import { commonMessages, configMessages } from './common-messages.js';
import { cliMessages, runMessages } from '../cli/cli-messages.js';
import { inspectMessages, reportMessages } from '../report/report-messages.js';
import { matchMessages } from '../match/match-messages.js';
import { xlsxMessages } from '../report/xlsx-messages.js';
import {
  budgetGroupMessages,
  budgetMessages,
  budgetProgramMessages,
  budgetRiskClassMessages,
  budgetSchemeMessages,
} from '../budget/budget-messages.js';

import { ioMessages } from '../io/io-messages.js';
import { tableMessages } from '../table/table-messages.js';
import { recordMessages } from '../normalize/record-messages.js';
import { nikMessages } from '../normalize/nik-messages.js';
import { kpjMessages } from '../normalize/kpj-messages.js';
import { dateMessages } from '../normalize/date-messages.js';
import { moneyMessages } from '../normalize/money-messages.js';
import { sexMessages } from '../normalize/sex-messages.js';
import { diffMessages } from '../diff/diff-messages.js';
import { reviewMessages } from '../review/review-messages.js';

/** Every module's message catalog. Add a module's catalog here when it gains user-facing text. */
export const catalogs: readonly Catalog[] = [commonMessages, cliMessages, reportMessages, budgetMessages, budgetProgramMessages, budgetGroupMessages, budgetRiskClassMessages, budgetSchemeMessages, xlsxMessages, ioMessages, tableMessages, recordMessages, nikMessages, kpjMessages, dateMessages, moneyMessages, sexMessages, inspectMessages, configMessages, matchMessages, runMessages, diffMessages, reviewMessages];
