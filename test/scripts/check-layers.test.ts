import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  importSpecifiers,
  layerOf,
  layerViolations,
  repositorySources,
} from '../../scripts/check-layers.ts';

const root = resolve(import.meta.dirname, '../..');

function importedBy(path: string, text: string): string[] {
  return layerViolations([{ path, text }]).map((v) => v.message);
}

describe('import-direction check', () => {
  it('finds no wrong-way import in the repository', () => {
    expect(layerViolations(repositorySources(root))).toEqual([]);
  });

  it('reads the repository it checks (the check is not vacuous)', () => {
    const layers = new Set(repositorySources(root).map((f) => layerOf(f.path)));
    expect([...layers].sort()).toEqual(['api', 'app', 'core', 'entry', 'gas', 'main', 'sidebar']);
  });

  it('rejects an adapter that imports a use case', () => {
    expect(
      importedBy(
        'src/gas/log-tab.ts',
        "import type { LogRecord } from '../app/log/log-rows.ts';\n",
      ),
    ).toEqual([
      'src/gas/log-tab.ts imports src/app/log/log-rows.ts: gas may import only gas, core, api.',
    ]);
  });

  it('rejects the core importing an adapter, a use case, an entry or the sidebar API', () => {
    const text = [
      "import { readTab } from '../gas/tab-reader.ts';",
      "import { runReminders } from '../app/run/run-reminders.ts';",
      "import { onOpen } from '../entry/editor.ts';",
      "import type { TodayView } from '../api/today.ts';",
    ].join('\n');
    expect(layerViolations([{ path: 'src/core/planner.ts', text }]).map((v) => v.imported)).toEqual(
      [
        'src/gas/tab-reader.ts',
        'src/app/run/run-reminders.ts',
        'src/entry/editor.ts',
        'src/api/today.ts',
      ],
    );
  });

  it('rejects a use case that imports an entry point', () => {
    expect(
      importedBy(
        'src/app/run/run-reminders.ts',
        "import { runNow } from '../../entry/triggers.ts';",
      ),
    ).toHaveLength(1);
  });

  it('rejects the sidebar importing the core directly, and accepts src/api', () => {
    const wrong = "import type { Stage } from '../../../src/core/stage.ts';";
    const right = "import { STAGES, type Stage } from '../../../src/api/vocabulary.ts';";
    expect(importedBy('sidebar/src/views/templates-view.tsx', wrong)).toEqual([
      'sidebar/src/views/templates-view.tsx imports src/core/stage.ts: sidebar may import only sidebar, api.',
    ]);
    expect(importedBy('sidebar/src/views/templates-view.tsx', right)).toEqual([]);
  });

  it('rejects an import that leaves the checked folders', () => {
    expect(
      importedBy(
        'src/core/planner.ts',
        "import { OfflineAddon } from '../../local/offline-addon.ts';",
      ),
    ).toEqual(['src/core/planner.ts imports local/offline-addon.ts: core may import only core.']);
  });

  it('accepts imports that point down, and npm packages', () => {
    const text = [
      "import { useState } from 'preact/hooks';",
      "import { planDay } from '../../core/planner.ts';",
      "import { sendMessage } from '../../gas/gmail-sender.ts';",
      "import type { TodayView } from '../../api/today.ts';",
    ].join('\n');
    expect(importedBy('src/app/run/run-reminders.ts', text)).toEqual([]);
  });

  it('reads multi-line, type-only, re-export, side-effect and dynamic imports', () => {
    const text = [
      'import type {',
      '  Settings,',
      '  StageOffsets,',
      "} from './settings.ts';",
      "export { STAGES } from './stage.ts';",
      "import './polyfill.ts';",
      "const later = import('./lazy.ts');",
      "const note = 'imported from somewhere';",
    ].join('\n');
    expect(importSpecifiers(text)).toEqual([
      './settings.ts',
      './stage.ts',
      './polyfill.ts',
      './lazy.ts',
    ]);
  });
});
