// Writes a prh dictionary (YAML) from a MediaReview reference set, for textlint-rule-prh:
//   node make-prh.mjs rules/reference > prh.yml
// One rule per entry that has other forms: a person's spellings → the preferred name (what MR4002 checks), and an
// office's, agreement's or event's aliases → its title or name (prh has no notion of context or time, so these
// flag every alias; they are there so that the dictionary is as large as the reference set). Forms that are part
// of the expected text are left out (prh would flag the expected text itself). Sorted by id: the same reference
// set gives the same file.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2];
if (!dir) { console.error("usage: node make-prh.mjs REFERENCE_DIR > prh.yml"); process.exit(2); }
const set = { people: [], offices: [], agreements: [], events: [] };
for (const file of readdirSync(dir).filter(f => f.endsWith(".json") && !f.endsWith(".schema.json")).sort()) {
  const json = JSON.parse(readFileSync(join(dir, file), "utf8"));
  for (const section of Object.keys(set)) set[section].push(...(json[section] ?? []));
}
const rules = [];
const add = (expected, forms) => {
  const patterns = [...new Set(forms)].filter(f => f && f.length >= 3 && !expected.includes(f)).sort();
  if (patterns.length > 0) rules.push({ expected, patterns });
};
const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
for (const p of set.people.sort(byId)) add(p.name, p.spellings ?? []);
for (const o of set.offices.sort(byId)) add(o.title, o.aliases ?? []);
for (const a of set.agreements.sort(byId)) add(a.name, a.aliases ?? []);
for (const e of set.events.sort(byId)) add(e.name, e.aliases ?? []);

const q = s => JSON.stringify(s); // a JSON string is a YAML double-quoted scalar
// prh escapes a plain pattern's "-" too, which is an invalid escape under the "u" flag textlint gives it: patterns
// are written as /regular expressions/ with only the characters that need it escaped.
const re = s => "/" + s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&") + "/";
const out = ["version: 1", "rules:"];
for (const r of rules) {
  out.push(`  - expected: ${q(r.expected)}`, "    options:", "      wordBoundary: true", "    patterns:");
  for (const p of r.patterns) out.push(`      - ${q(re(p))}`);
}
process.stdout.write(out.join("\n") + "\n");
console.error(`make-prh.mjs: ${rules.length} rules, ${rules.reduce((n, r) => n + r.patterns.length, 0)} patterns`);
