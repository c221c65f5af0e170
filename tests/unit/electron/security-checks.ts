// Reads the Electron main-process and preload sources (as TypeScript syntax trees, not running them) and lists
// every required security setting that is missing. Used by security-config.test.ts on the real files and on
// deliberately broken copies, which proves each check can fail.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { IPC_CHANNELS } from '../../../shared/ipc';
import { REPO_ROOT } from '../../support/shared-dir';

/** Source text by path relative to the repository, e.g. "electron/window.ts". */
export type Sources = Map<string, string>;

/** Every .ts file under electron/, read from disk. */
export function readElectronSources(): Sources {
  const sources: Sources = new Map();
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.name.endsWith('.ts')) sources.set(relative(REPO_ROOT, full).split('\\').join('/'), readFileSync(full, 'utf8'));
    }
  };
  visit(join(REPO_ROOT, 'electron'));
  return sources;
}

interface Found<T extends ts.Node> {
  file: string;
  node: T;
}

function parseAll(sources: Sources): Found<ts.SourceFile>[] {
  return [...sources].map(([file, text]) => ({ file, node: ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true) }));
}

function descendants<T extends ts.Node>(root: ts.Node, is: (node: ts.Node) => node is T): T[] {
  const found: T[] = [];
  const visit = (node: ts.Node): void => {
    if (is(node)) found.push(node);
    node.forEachChild(visit);
  };
  visit(root);
  return found;
}

function findAll<T extends ts.Node>(files: Found<ts.Node>[], is: (node: ts.Node) => node is T): Found<T>[] {
  return files.flatMap(({ file, node }) => descendants(node, is).map((found) => ({ file, node: found })));
}

/** Calls of the form `<object>.<method>(...)`; `object` undefined matches any receiver. */
function methodCalls(files: Found<ts.Node>[], method: string, object?: string): Found<ts.CallExpression>[] {
  return findAll(files, ts.isCallExpression).filter(
    ({ node }) =>
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === method &&
      (object === undefined || node.expression.expression.getText() === object),
  );
}

function plainCalls(root: ts.Node, name: string): ts.CallExpression[] {
  return descendants(root, ts.isCallExpression).filter((call) => ts.isIdentifier(call.expression) && call.expression.text === name);
}

function propertyName(property: ts.ObjectLiteralElementLike): string | undefined {
  const name = property.name;
  if (name === undefined) return undefined;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name)) return name.text;
  return undefined;
}

function propertiesNamed(object: ts.ObjectLiteralExpression, name: string): ts.PropertyAssignment[] {
  return object.properties.filter((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && propertyName(p) === name);
}

function isBoolean(node: ts.Expression | undefined, value: boolean): boolean {
  return node?.kind === (value ? ts.SyntaxKind.TrueKeyword : ts.SyntaxKind.FalseKeyword);
}

function enclosingFunctionName(node: ts.Node): string | undefined {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isFunctionDeclaration(at)) return at.name?.text;
  }
  return undefined;
}

/** The value a function returns: the body of an expression-bodied arrow, or the single `return` of a block. */
function returnedExpression(fn: ts.Expression): ts.Expression | undefined {
  if (!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn)) return undefined;
  if (!ts.isBlock(fn.body)) return ts.isParenthesizedExpression(fn.body) ? fn.body.expression : fn.body;
  const returns = descendants(fn.body, ts.isReturnStatement);
  return returns.length === 1 ? returns[0].expression : undefined;
}

function listener(call: ts.CallExpression, index: number): ts.ArrowFunction | ts.FunctionExpression | undefined {
  const fn = call.arguments[index];
  return fn !== undefined && (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) ? fn : undefined;
}

const REQUIRED_WEB_PREFERENCES: Record<string, boolean> = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
};

function checkWindow(files: Found<ts.SourceFile>[], problems: string[]): void {
  const windows = findAll(files, ts.isNewExpression).filter(({ node }) => node.expression.getText() === 'BrowserWindow');
  if (windows.length !== 1) {
    problems.push(`expected exactly one "new BrowserWindow(...)" in electron/, found ${windows.length}`);
    return;
  }
  const [{ file, node }] = windows;
  const options = node.arguments?.[0];
  const preferences = options && ts.isObjectLiteralExpression(options) ? propertiesNamed(options, 'webPreferences') : [];
  if (preferences.length !== 1 || !ts.isObjectLiteralExpression(preferences[0].initializer)) {
    problems.push(`${file}: the BrowserWindow options need one literal webPreferences object`);
    return;
  }
  const literal = preferences[0].initializer;
  if (literal.properties.some((p) => !ts.isPropertyAssignment(p))) {
    problems.push(`${file}: webPreferences must list plain "name: value" entries (no spread or shorthand that could override them)`);
  }
  for (const [name, value] of Object.entries(REQUIRED_WEB_PREFERENCES)) {
    const entries = propertiesNamed(literal, name);
    if (entries.length !== 1 || !isBoolean(entries[0].initializer, value)) {
      problems.push(`${file}: webPreferences must set ${name}: ${value} exactly once`);
    }
  }
  if (propertiesNamed(literal, 'preload').length !== 1) problems.push(`${file}: webPreferences must name the preload`);
  const elsewhere = findAll(files, ts.isPropertyAssignment).filter(
    ({ node: p }) => propertyName(p) === 'webPreferences' && p !== preferences[0],
  );
  for (const other of elsewhere) problems.push(`${other.file}: webPreferences set outside the main window's options`);
}

function checkProtocol(files: Found<ts.SourceFile>[], problems: string[]): void {
  const schemes = methodCalls(files, 'registerSchemesAsPrivileged', 'protocol');
  const privileges = schemes.flatMap(({ node }) => descendants(node, ts.isObjectLiteralExpression)).flatMap((o) => propertiesNamed(o, 'privileges'));
  const privilegeObject = privileges[0]?.initializer;
  if (
    privileges.length !== 1 ||
    !ts.isObjectLiteralExpression(privilegeObject) ||
    !['standard', 'secure'].every((name) => isBoolean(propertiesNamed(privilegeObject, name)[0]?.initializer, true))
  ) {
    problems.push('app:// must be registered once with protocol.registerSchemesAsPrivileged as standard: true and secure: true');
  }

  const responses = findAll(files, ts.isNewExpression).filter(({ node }) => node.expression.getText() === 'Response');
  if (responses.length === 0) problems.push('no "new Response(...)" found: the app:// handler must build its responses');
  for (const { file, node } of responses) {
    const init = node.arguments?.[1];
    const headers = init && ts.isObjectLiteralExpression(init) ? propertiesNamed(init, 'headers')[0]?.initializer : undefined;
    const csp = headers && ts.isObjectLiteralExpression(headers) ? propertiesNamed(headers, 'Content-Security-Policy') : [];
    if (csp.length !== 1 || csp[0].initializer.getText() !== 'CONTENT_SECURITY_POLICY') {
      problems.push(`${file}: every Response must carry 'Content-Security-Policy': CONTENT_SECURITY_POLICY in its headers`);
    }
    const imports = descendants(node.getSourceFile(), ts.isImportDeclaration).filter(
      (declaration) =>
        ts.isStringLiteral(declaration.moduleSpecifier) &&
        declaration.moduleSpecifier.text.endsWith('shared/security/index.mjs') &&
        declaration.getText().includes('CONTENT_SECURITY_POLICY'),
    );
    if (imports.length !== 1) problems.push(`${file}: CONTENT_SECURITY_POLICY must come from shared/security (its index.mjs)`);
  }

  const handlers = methodCalls(files, 'handle', 'protocol');
  if (handlers.length !== 1) problems.push(`expected one protocol.handle for app://, found ${handlers.length}`);
  for (const { file, node } of handlers) {
    const fn = listener(node, 1);
    const returns = fn ? descendants(fn, ts.isReturnStatement) : [];
    const unchecked = returns.filter(
      (r) => !(r.expression && ts.isCallExpression(r.expression) && r.expression.expression.getText() === 'respond'),
    );
    if (fn === undefined || returns.length === 0 || unchecked.length > 0) {
      problems.push(`${file}: every answer of the app:// handler must go through respond(), which adds the CSP`);
    }
  }
}

function checkNavigation(files: Found<ts.SourceFile>[], problems: string[]): void {
  for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
    const listeners = methodCalls(files, 'on').filter(({ node }) => {
      const name = node.arguments[0];
      return name !== undefined && ts.isStringLiteral(name) && name.text === event;
    });
    if (listeners.length === 0) problems.push(`no ${event} listener: navigation must be refused`);
    for (const { file, node } of listeners) {
      const fn = listener(node, 1);
      if (!fn || methodCalls([{ file, node: fn }], 'preventDefault').length === 0) {
        problems.push(`${file}: the ${event} listener must call preventDefault()`);
      }
    }
  }

  const openHandlers = methodCalls(files, 'setWindowOpenHandler');
  if (openHandlers.length === 0) problems.push('no setWindowOpenHandler: window.open must be denied');
  for (const { file, node } of openHandlers) {
    const fn = node.arguments[0];
    const returned = fn ? returnedExpression(fn) : undefined;
    const denies =
      returned !== undefined &&
      ts.isObjectLiteralExpression(returned) &&
      returned.properties.length === 1 &&
      propertiesNamed(returned, 'action')[0]?.initializer.getText() === "'deny'";
    if (!denies) problems.push(`${file}: setWindowOpenHandler must return exactly { action: 'deny' }`);
  }

  const contentsCreated = methodCalls(files, 'on', 'app').filter(({ node }) => node.arguments[0]?.getText() === "'web-contents-created'");
  const confines = contentsCreated.some(({ node }) => plainCalls(node, 'confineWebContents').length === 1);
  if (!confines) problems.push("electron/main.ts must call confineWebContents for every web contents (app.on('web-contents-created'))");
}

function checkPermissions(files: Found<ts.SourceFile>[], problems: string[]): void {
  const requests = methodCalls(files, 'setPermissionRequestHandler');
  if (requests.length === 0) problems.push('no setPermissionRequestHandler: permission requests must be denied');
  for (const { file, node } of requests) {
    const fn = listener(node, 0);
    const callback = fn?.parameters[2]?.name.getText();
    const calls = fn && callback ? plainCalls(fn, callback) : [];
    if (calls.length === 0 || !calls.every((call) => call.arguments.length === 1 && isBoolean(call.arguments[0], false))) {
      problems.push(`${file}: setPermissionRequestHandler must answer every request with callback(false)`);
    }
  }
  for (const method of ['setPermissionCheckHandler', 'setDevicePermissionHandler']) {
    const checks = methodCalls(files, method);
    if (checks.length === 0 || !checks.every(({ node }) => node.arguments[0] && isBoolean(returnedExpression(node.arguments[0]), false))) {
      problems.push(`${method} must be set and return false`);
    }
  }
  const applied = findAll(files, ts.isCallExpression).some(
    ({ node }) => node.expression.getText() === 'denyPermissions' && node.arguments[0]?.getText() === 'session.defaultSession',
  );
  if (!applied) problems.push('electron/main.ts must call denyPermissions(session.defaultSession)');
}

function checkIpc(files: Found<ts.SourceFile>[], problems: string[]): void {
  for (const method of ['on', 'once', 'addListener', 'prependListener', 'handleOnce']) {
    for (const { file } of methodCalls(files, method, 'ipcMain')) {
      problems.push(`${file}: ipcMain.${method} bypasses the sender check; use handleTrusted`);
    }
  }
  const handles = methodCalls(files, 'handle', 'ipcMain');
  if (handles.length !== 1) problems.push(`expected one ipcMain.handle (inside handleTrusted), found ${handles.length}`);
  for (const { file, node } of handles) {
    if (enclosingFunctionName(node) !== 'handleTrusted') {
      problems.push(`${file}: ipcMain.handle must only be called inside handleTrusted`);
      continue;
    }
    const fn = listener(node, 1);
    const event = fn?.parameters[0]?.name.getText();
    const statements = fn && ts.isBlock(fn.body) ? [...fn.body.statements] : [];
    // The gate: `const rejection = senderRejection(senderFacts(event, …))`, then `if (rejection …) throw`, before any return.
    const gateAt = statements.findIndex((statement) =>
      plainCalls(statement, 'senderRejection').some((call) => {
        const facts = call.arguments[0];
        return facts !== undefined && ts.isCallExpression(facts) && facts.expression.getText() === 'senderFacts' && facts.arguments[0]?.getText() === event;
      }),
    );
    const gate = statements[gateAt];
    const rejection =
      gate && ts.isVariableStatement(gate) ? gate.declarationList.declarations[0]?.name.getText() : undefined;
    const throwAt = statements.findIndex(
      (statement) =>
        ts.isIfStatement(statement) &&
        rejection !== undefined &&
        descendants(statement.expression, ts.isIdentifier).some((id) => id.text === rejection) &&
        descendants(statement.thenStatement, ts.isThrowStatement).length > 0,
    );
    const firstReturn = statements.findIndex((statement) => descendants(statement, ts.isReturnStatement).length > 0 || ts.isReturnStatement(statement));
    if (gateAt < 0 || throwAt < 0 || gateAt > throwAt || (firstReturn >= 0 && firstReturn < throwAt)) {
      problems.push(`${file}: the ipcMain.handle listener must reject untrusted senders (senderRejection(senderFacts(event, …)) then throw) before answering`);
    }
    if (!fn || plainCalls(fn, 'parseRequest').length !== 1) problems.push(`${file}: every IPC request must be checked with parseRequest`);
  }
  const facts = findAll(files, ts.isFunctionDeclaration).filter(({ node }) => node.name?.text === 'senderFacts');
  if (facts.length !== 1 || !facts[0].node.getText().includes('.senderFrame')) {
    problems.push('senderFacts must read event.senderFrame');
  }
  const registers = findAll(files, ts.isForOfStatement).filter(
    ({ node }) => node.expression.getText() === 'IPC_CHANNELS' && plainCalls(node.statement, 'handleTrusted').length === 1,
  );
  if (registers.length !== 1) problems.push('registerIpcHandlers must register every channel of IPC_CHANNELS through handleTrusted');
}

function checkPreload(sources: Sources, problems: string[]): void {
  const text = sources.get('electron/preload.ts');
  if (text === undefined) {
    problems.push('electron/preload.ts is missing');
    return;
  }
  const file = ts.createSourceFile('electron/preload.ts', text, ts.ScriptTarget.Latest, true);
  const preload = [{ file: 'electron/preload.ts', node: file }];
  const exposes = methodCalls(preload, 'exposeInMainWorld', 'contextBridge');
  if (exposes.length !== 1 || exposes[0].node.arguments[0]?.getText() !== "'planeval'") {
    problems.push("electron/preload.ts must expose exactly one API, as 'planeval'");
  }
  const uses = descendants(file, ts.isIdentifier).filter((id) => id.text === 'ipcRenderer' && !ts.isImportSpecifier(id.parent));
  if (uses.length !== 1 || uses[0].parent.getText() !== 'ipcRenderer.invoke') {
    problems.push('electron/preload.ts may use ipcRenderer only for one ipcRenderer.invoke (never expose it or listen on it)');
  }
  const channels = plainCalls(file, 'invoke').map((call) => {
    const channel = call.arguments[0];
    return channel !== undefined && ts.isStringLiteral(channel) ? channel.text : `<not a literal: ${channel?.getText()}>`;
  });
  if ([...channels].sort().join() !== [...IPC_CHANNELS].sort().join()) {
    problems.push(`electron/preload.ts must invoke exactly the IPC_CHANNELS (${IPC_CHANNELS.join(', ')}); it invokes ${channels.join(', ')}`);
  }
}

/** What is missing from the Electron security configuration in `sources`; empty when all is in place. */
export function electronSecurityProblems(sources: Sources): string[] {
  const files = parseAll(sources);
  const problems: string[] = [];
  checkWindow(files, problems);
  checkProtocol(files, problems);
  checkNavigation(files, problems);
  checkPermissions(files, problems);
  checkIpc(files, problems);
  checkPreload(sources, problems);
  return problems;
}
