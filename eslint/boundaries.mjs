import fs from "node:fs";
import path from "node:path";

// Project rules that keep the folder boundaries (STYLE.md rule 11), tested in
// test/lint-boundaries.test.ts. The import restrictions themselves use ESLint's no-restricted-imports
// (see eslint.config.mjs); these are the checks no built-in rule can express.

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const FEATURES = path.join(ROOT, "features");
const FEATURE_IMPORT = /(?:from\s+|import\s*\(\s*)["']@\/features\/([a-z0-9-]+)\//g;
const SOURCE_FILE = /\.(ts|tsx|mjs|js)$/;
/** Tests and their fixtures may reach across features (a moderation test seeds offers). */
const EXEMPT_FILE = /(\.test\.tsx?|test-fixtures\.ts)$/;

function relative(filename) {
  return path.relative(ROOT, filename).split(path.sep).join("/");
}

/** The feature folder a project file belongs to, or null. */
function featureOf(filename) {
  const match = /^features\/([a-z0-9-]+)\//.exec(relative(filename));
  return match ? match[1] : null;
}

function* sourceFiles(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(full);
    else if (SOURCE_FILE.test(entry.name) && !EXEMPT_FILE.test(entry.name)) yield full;
  }
}

let cachedGraph;
/** feature → features its (non-test) files import, read from disk once per ESLint run. */
function featureGraph() {
  if (cachedGraph) return cachedGraph;
  cachedGraph = new Map();
  if (!fs.existsSync(FEATURES)) return cachedGraph;
  for (const feature of fs.readdirSync(FEATURES)) {
    const dir = path.join(FEATURES, feature);
    if (!fs.statSync(dir).isDirectory()) continue;
    const targets = new Set();
    for (const file of sourceFiles(dir)) {
      for (const match of fs.readFileSync(file, "utf8").matchAll(FEATURE_IMPORT)) if (match[1] !== feature) targets.add(match[1]);
    }
    cachedGraph.set(feature, targets);
  }
  return cachedGraph;
}

/** A path of feature folders from `from` to `to` over the import graph, or null. */
function pathBetween(graph, from, to) {
  const queue = [[from]];
  const seen = new Set([from]);
  while (queue.length > 0) {
    const route = queue.shift();
    const last = route[route.length - 1];
    if (last === to) return route;
    for (const next of graph.get(last) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push([...route, next]);
      }
    }
  }
  return null;
}

const noFeatureCycles = {
  meta: {
    type: "problem",
    docs: { description: "A feature folder may not import a feature that (directly or through others) imports it back." },
    messages: {
      cycle: "features/{{from}} imports features/{{to}}, but {{route}} already leads back: move the shared piece to its owner or to lib/.",
    },
    schema: [],
  },
  create(context) {
    const from = featureOf(context.filename);
    if (!from || EXEMPT_FILE.test(context.filename)) return {};
    function check(node, source) {
      const match = typeof source === "string" ? /^@\/features\/([a-z0-9-]+)\//.exec(source) : null;
      if (!match || match[1] === from) return;
      const back = pathBetween(featureGraph(), match[1], from);
      if (back) context.report({ node, messageId: "cycle", data: { from, to: match[1], route: back.join(" → ") } });
    }
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === "Literal" && check(node, node.source.value),
    };
  },
};

const noProcessEnv = {
  meta: {
    type: "problem",
    docs: { description: "Environment variables are read through lib/env.ts (validated, documented)." },
    messages: { processEnv: "Read the environment through env() from lib/env.ts (add the variable to its schema)." },
    schema: [],
  },
  create(context) {
    return {
      MemberExpression(node) {
        if (node.object.type === "Identifier" && node.object.name === "process" && !node.computed && node.property.name === "env") {
          context.report({ node, messageId: "processEnv" });
        }
      },
    };
  },
};

const PREDICATE = /^(can|assertCan)[A-Z]/;
/** A predicate about who may act takes the user first; canTransition(from, to) is a state rule, not a permission. */
const takesUser = (fn) => fn?.params?.[0]?.type === "Identifier" && /^user/i.test(fn.params[0].name);

const permissionsInPermissionsFiles = {
  meta: {
    type: "suggestion",
    docs: { description: "Permission predicates (canX(user, …), assertCanX(user, …)) are defined in a permissions.ts file." },
    messages: { predicate: "{{name}} is a permission predicate: define it in the feature's permissions.ts." },
    schema: [],
  },
  create(context) {
    if (path.basename(context.filename) === "permissions.ts") return {};
    function check(id, fn) {
      if (id?.type === "Identifier" && PREDICATE.test(id.name) && takesUser(fn))
        context.report({ node: id, messageId: "predicate", data: { name: id.name } });
    }
    return {
      "ExportNamedDeclaration > FunctionDeclaration": (node) => check(node.id, node),
      "ExportNamedDeclaration > VariableDeclaration > VariableDeclarator": (node) => check(node.id, node.init),
    };
  },
};

export const boundaries = {
  meta: { name: "chancenportal-boundaries" },
  rules: {
    "no-feature-cycles": noFeatureCycles,
    "no-process-env": noProcessEnv,
    "permissions-in-permissions-files": permissionsInPermissionsFiles,
  },
};
