/**
 * The project modules and packages a module loads through static value imports, followed
 * transitively (type-only imports load nothing; dynamic `import()` starts a chunk of its own, so
 * it is not followed). Read from the sources, so a new static import shows up before any build.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export const ROOT = path.resolve(import.meta.dirname, '../../..');

function valueImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    const loads =
      (ts.isImportDeclaration(statement) && statement.importClause?.phaseModifier !== ts.SyntaxKind.TypeKeyword) ||
      (ts.isExportDeclaration(statement) && !statement.isTypeOnly && statement.moduleSpecifier !== undefined);
    if (loads && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
      specifiers.push(statement.moduleSpecifier.text);
    }
  }
  return specifiers;
}

/** The static value imports reached from `entry`: project modules (relative to the repository root) and packages. */
export function staticGraph(entry: string): { modules: Set<string>; packages: Set<string> } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    const relative = path.relative(ROOT, file);
    if (modules.has(relative)) return;
    modules.add(relative);
    for (const specifier of valueImports(file)) {
      if (!specifier.startsWith('.')) {
        packages.add(specifier);
        continue;
      }
      if (specifier.endsWith('.css')) continue;
      const target = path.resolve(path.dirname(file), specifier);
      if (!existsSync(target)) throw new Error(`${relative} imports a missing ${specifier}`);
      visit(target);
    }
  };
  visit(path.join(ROOT, entry));
  return { modules, packages };
}

/** Every project module (relative to the repository root) reached from `entry` by static value imports. */
export function staticModules(entry: string): Set<string> {
  return staticGraph(entry).modules;
}
