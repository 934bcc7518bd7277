// Generates js-number-extra.csv: bits_hex,expected where expected = String(x) in Node.
// Run: node js-number-extra.mjs > js-number-extra.csv
const buf = new DataView(new ArrayBuffer(8));
const bitsOf = (x) => { buf.setFloat64(0, x); return buf.getBigUint64(0); };
const ofBits = (b) => { buf.setBigUint64(0, BigInt.asUintN(64, b)); return buf.getFloat64(0); };
const nextUp = (x) => {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === 0) return Number.MIN_VALUE;
  const b = bitsOf(x);
  return ofBits(x > 0 ? b + 1n : b - 1n);
};
const nextDown = (x) => -nextUp(-x);
const seen = new Set();
const out = [];
const add = (x) => {
  if (!Number.isFinite(x)) return;
  const hex = bitsOf(x).toString(16);
  if (seen.has(hex)) return;
  seen.add(hex);
  out.push(hex + ',' + String(x));
};
const withNeighbours = (x) => { add(nextDown(x)); add(x); add(nextUp(x)); };

// k * Double.MIN_VALUE, k = 1..100 (the subnormals whose shortest form may need one digit)
for (let k = 1n; k <= 100n; k++) add(ofBits(k));
// powers of ten 1e-330 .. 1e308 (as parsed from text) and their neighbours
for (let e = -330; e <= 308; e++) withNeighbours(Number('1e' + e));
// 2^n for n = -1074 .. 1023
for (let n = -1074; n <= 1023; n++) add(2 ** n);
// integers around 2^53
for (let d = -10; d <= 10; d++) add(2 ** 53 + d);
withNeighbours(2 ** 53); withNeighbours(2 ** 64);
// the 1e21 and 1e-7 / 1e-6 notation boundaries, both signs
for (const x of [1e21, 999999999999999900000, 1e-7, 1e-6, 9.999999999999999e-7, 1.0000000000000001e-7]) {
  withNeighbours(x); withNeighbours(-x);
}
// extremes and a few familiar values, negative too
for (const x of [Number.MAX_VALUE, 2 ** -1022, ofBits(0x000fffffffffffffn), -0, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3,
                 123456789012345680000, 1.5e300, 2.5e-8, 4.35, 5e-324, 1e23, 9007199254740993]) {
  withNeighbours(x); withNeighbours(-x);
}
for (let k = 1n; k <= 10n; k++) add(-ofBits(k));
process.stdout.write('# bits_hex,expected: expected = String(x) (Number.prototype.toString) in Node ' + process.version
  + ', produced by js-number-extra.mjs beside this file\n' + out.join('\n') + '\n');
