/**
 * The project modules and packages a module loads through static value imports, followed
 * transitively (type-only imports load nothing; dynamic `import()` starts a chunk of its own, so
 * it is not followed). Read from the sources, so a new static import shows up before any build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

/**
 * The modules a module may load at some point: its static value imports and its dynamic
 * `import()`s, with a template such as `../i18n/${language}/words.ts` standing for every file it
 * matches (as the bundler reads it).
 */
export function loadedModules(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const patterns: string[] = valueImports(file);
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteralLike(argument)) patterns.push(argument.text);
      if (argument && ts.isTemplateExpression(argument)) {
        patterns.push(argument.head.text + argument.templateSpans.map((span) => `*${span.literal.text}`).join(''));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return patterns.flatMap((pattern) => {
    if (!pattern.startsWith('.') || pattern.endsWith('.css')) return [];
    const target = path.resolve(path.dirname(file), pattern);
    if (!target.includes('*')) return existsSync(target) ? [target] : [];
    const [folderPattern, name] = [path.dirname(target), path.basename(target)];
    const folders = folderPattern.endsWith('*')
      ? readdirSync(path.dirname(folderPattern), { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => path.join(path.dirname(folderPattern), entry.name))
      : [folderPattern];
    const namePattern = new RegExp(`^${name.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
    return folders.flatMap((folder) =>
      readdirSync(folder)
        .filter((entry) => namePattern.test(entry))
        .map((entry) => path.join(folder, entry)),
    );
  });
}

/** Every import cycle among the modules reached from `entries` (static or dynamic), as paths from the root. */
export function importCycles(entries: readonly string[]): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const onPath: string[] = [];
  const visit = (file: string) => {
    const at = onPath.indexOf(file);
    if (at >= 0) {
      cycles.push([...onPath.slice(at), file].map((module) => path.relative(ROOT, module)));
      return;
    }
    if (done.has(file)) return;
    onPath.push(file);
    for (const target of loadedModules(file)) visit(target);
    onPath.pop();
    done.add(file);
  };
  for (const entry of entries) visit(path.join(ROOT, entry));
  return cycles;
}
