// Offline validation of rendered Kubernetes manifests.
//
//   node scripts/k8s/validate.mjs LABEL=FILE.yaml [LABEL=FILE.yaml ...]
//
// Every document of every FILE is checked twice:
//  1. against the JSON schema of its apiVersion/kind, as compiled into the npm packages
//     `kubernetes-models` (Kubernetes API types) and `@kubernetes-models/cloudnative-pg`
//     (the CloudNativePG CRDs): types, enums, required fields, formats;
//  2. for unknown fields. Those schemas accept any extra key, so a misspelled field
//     (`replicaz`, `readinesProbe`) would pass step 1 and be dropped silently by the API
//     server. The same packages ship TypeScript declarations generated from the same
//     OpenAPI/CRD schemas; this script asks the TypeScript type checker for the declared
//     properties of each object and rejects any key that is not one of them. Objects typed
//     as open maps (labels, ConfigMap data, x-kubernetes-preserve-unknown-fields) accept
//     any key.
// A document whose apiVersion/kind has no schema is an error too. One rule of this service is
// checked across objects: a Deployment's terminationGracePeriodSeconds must cover the shutdown
// delay and timeout (QUARKUS_SHUTDOWN_DELAY, QUARKUS_SHUTDOWN_TIMEOUT) of the ConfigMap it reads,
// plus 5 s for the JVM to exit, or Kubernetes kills the replica while it still drains.
// Prints "ok <kind>/<name> (<label>)" or the errors per object, then a summary line; exits
// 1 if any object is invalid, 2 on a usage error.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import YAML from "yaml";

const here = path.dirname(fileURLToPath(import.meta.url));

// apiVersion group -> npm package that holds its models. Anything else is rejected.
const THIRD_PARTY = {
  "postgresql.cnpg.io": "@kubernetes-models/cloudnative-pg",
};

function modelSpecifier(apiVersion, kind) {
  if (typeof apiVersion !== "string" || typeof kind !== "string" || !/^[A-Za-z0-9]+$/.test(kind)) {
    return null;
  }
  const slash = apiVersion.indexOf("/");
  if (slash < 0) return `kubernetes-models/${apiVersion}/${kind}`; // core group, e.g. v1
  const group = apiVersion.slice(0, slash);
  const pkg = THIRD_PARTY[group] ?? (group.includes(".") && !group.endsWith(".k8s.io") ? null : "kubernetes-models");
  return pkg ? `${pkg}/${apiVersion}/${kind}` : null;
}

function resolvable(spec) {
  try {
    import.meta.resolve(spec);
    return true;
  } catch {
    return false;
  }
}

// ---- step 2 machinery: the TypeScript checker over the packages' declarations

function buildChecker(specs) {
  const entry = path.join(here, "__k8s_schema_entry__.ts");
  const lines = specs.map((s, i) => {
    const kind = s.split("/").pop();
    return `import type { I${kind} as T${i} } from ${JSON.stringify(s)};\nexport type E${i} = T${i};`;
  });
  const source = lines.join("\n") + "\n";
  const options = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  };
  const host = ts.createCompilerHost(options, true);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, lang, onError, create) =>
    path.resolve(file) === entry
      ? ts.createSourceFile(file, source, lang, true)
      : getSourceFile(file, lang, onError, create);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (file) => path.resolve(file) === entry || fileExists(file);
  const readFile = host.readFile.bind(host);
  host.readFile = (file) => (path.resolve(file) === entry ? source : readFile(file));
  const program = ts.createProgram([entry], options, host);
  const sf = program.getSourceFile(entry);
  const diags = ts.getPreEmitDiagnostics(program, sf);
  if (diags.length) {
    const msg = diags.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n")).join("\n");
    throw new Error(`cannot load the type declarations:\n${msg}`);
  }
  const checker = program.getTypeChecker();
  const types = new Map();
  for (const stmt of sf.statements) {
    if (ts.isTypeAliasDeclaration(stmt)) {
      const i = Number(stmt.name.text.slice(1));
      types.set(specs[i], checker.getTypeAtLocation(stmt.name));
    }
  }
  return { checker, types };
}

function isPlainObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

function joinPath(base, key) {
  return /^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(key) ? (base ? `${base}.${key}` : key) : `${base}[${JSON.stringify(key)}]`;
}

function unknownFields(checker, value, type, where, out) {
  if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return;
  let candidates = type.isUnion() ? type.types : [type];
  candidates = candidates.filter((t) => !(t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)));
  if (Array.isArray(value)) {
    const arr = candidates.find((t) => checker.isArrayType(t) || checker.isTupleType(t));
    if (!arr) return; // type mismatch: the schema step reports it
    const elem = checker.getTypeArguments(arr)[0];
    if (!elem) return;
    value.forEach((v, i) => unknownFields(checker, v, elem, `${where}[${i}]`, out));
    return;
  }
  if (!isPlainObject(value)) return;
  const objects = candidates.filter((t) => t.flags & ts.TypeFlags.Object && !checker.isArrayType(t));
  if (objects.length === 0) {
    // `object`, a non-object type (mismatch, reported by the schema step) or open type.
    return;
  }
  const props = new Map();
  let index = null;
  for (const t of objects) {
    for (const p of checker.getPropertiesOfType(t)) if (!props.has(p.name)) props.set(p.name, p);
    index = index ?? checker.getIndexInfoOfType(t, ts.IndexKind.String)?.type ?? null;
  }
  if (props.size === 0 && !index) return; // `{}`: free-form object
  for (const [key, v] of Object.entries(value)) {
    const p = props.get(key);
    const at = joinPath(where, key);
    if (p) {
      unknownFields(checker, v, checker.getTypeOfSymbol(p), at, out);
    } else if (index) {
      unknownFields(checker, v, index, at, out);
    } else {
      const near = closest(key, [...props.keys()]);
      out.push(`unknown field "${at}"${near ? ` (did you mean "${near}"?)` : ""}`);
    }
  }
}

function closest(word, words) {
  let best = null;
  let bestD = Infinity;
  for (const w of words) {
    const d = distance(word.toLowerCase(), w.toLowerCase());
    if (d < bestD) [best, bestD] = [w, d];
  }
  return bestD <= Math.max(2, Math.floor(word.length / 4)) ? best : null;
}

function distance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

// ---- the shutdown budget of each Deployment (see the header)

function seconds(duration) {
  const s = String(duration).trim();
  let m = /^(\d+(?:\.\d+)?)(ms|s|m)?$/i.exec(s);
  if (m) return Number(m[1]) * ({ ms: 0.001, s: 1, m: 60 }[(m[2] ?? "s").toLowerCase()]);
  m = /^PT(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?$/i.exec(s);
  if (m && (m[1] || m[2])) return Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0);
  return NaN;
}

function shutdownBudget(objects) {
  const errors = new Map();
  for (const { label, obj } of objects) {
    if (obj?.kind !== "Deployment") continue;
    const pod = obj.spec?.template?.spec ?? {};
    for (const container of pod.containers ?? []) {
      const maps = (container.envFrom ?? []).map((e) => e.configMapRef?.name).filter(Boolean);
      const data = Object.assign({}, ...objects
        .filter((o) => o.label === label && o.obj?.kind === "ConfigMap" && maps.includes(o.obj.metadata?.name))
        .map((o) => o.obj.data ?? {}));
      if (!("QUARKUS_SHUTDOWN_DELAY" in data) && !("QUARKUS_SHUTDOWN_TIMEOUT" in data)) continue;
      const delay = seconds(data.QUARKUS_SHUTDOWN_DELAY ?? 0);
      const timeout = seconds(data.QUARKUS_SHUTDOWN_TIMEOUT ?? 0);
      const grace = pod.terminationGracePeriodSeconds ?? 30;
      const list = errors.get(obj) ?? [];
      if (Number.isNaN(delay) || Number.isNaN(timeout)) {
        list.push(`QUARKUS_SHUTDOWN_DELAY/TIMEOUT of container "${container.name}" are not durations`);
      } else if (grace < delay + timeout + 5) {
        list.push(`terminationGracePeriodSeconds ${grace} is shorter than the shutdown delay ${delay} s`
          + ` + timeout ${timeout} s + 5 s of container "${container.name}": Kubernetes would kill it while it drains`);
      }
      errors.set(obj, list);
    }
  }
  return errors;
}

// ---- main

const args = process.argv.slice(2);
if (args.length === 0 || args.some((a) => !a.includes("="))) {
  console.error("usage: node scripts/k8s/validate.mjs LABEL=FILE.yaml [LABEL=FILE.yaml ...]");
  process.exit(2);
}

const objects = [];
let parseErrors = 0;
for (const arg of args) {
  const [label, file] = [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)];
  const docs = YAML.parseAllDocuments(fs.readFileSync(file, "utf8"), { uniqueKeys: true });
  docs.forEach((doc, i) => {
    if (doc.errors.length) {
      console.log(`FAIL document #${i + 1} of ${file} (${label})\n  ${doc.errors.map((e) => e.message).join("\n  ")}`);
      parseErrors++;
      return;
    }
    const obj = doc.toJS();
    if (obj === null || obj === undefined) return;
    objects.push({ label, obj });
  });
}

const specs = [...new Set(objects.map(({ obj }) => modelSpecifier(obj?.apiVersion, obj?.kind)).filter((s) => s && resolvable(s)))];
const { checker, types } = buildChecker(specs);
const models = new Map();
for (const s of specs) {
  const mod = await import(s);
  models.set(s, mod[s.split("/").pop()]);
}

const budget = shutdownBudget(objects);
let ok = 0;
let failed = parseErrors;
for (const { label, obj } of objects) {
  const name = `${obj?.kind ?? "?"}/${obj?.metadata?.name ?? "?"} (${label})`;
  const errors = [];
  const spec = modelSpecifier(obj?.apiVersion, obj?.kind);
  if (!isPlainObject(obj)) {
    errors.push("not an object");
  } else if (!spec || !models.get(spec)) {
    errors.push(`no schema known for apiVersion "${obj.apiVersion}" kind "${obj.kind}"`);
  } else {
    try {
      new (models.get(spec))(obj).validate();
    } catch (e) {
      errors.push(...String(e.message).split(/,\s*(?=data)/).map((m) => m.replace(/^data\/?/, "/")));
    }
    unknownFields(checker, obj, types.get(spec), "", errors);
    errors.push(...(budget.get(obj) ?? []));
  }
  if (errors.length) {
    failed++;
    console.log(`FAIL ${name}`);
    for (const e of errors) console.log(`  ${e}`);
  } else {
    ok++;
    console.log(`ok ${name}`);
  }
}
console.log(`validate-k8s: ${ok} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
