// Runs before `npm install` on whatever Node the machine has (it must not import anything).
// Astro 7 needs Node >= 22.12. The project brings Node 22 as the `node` devDependency, and npm scripts run on it,
// so an older system Node is fine: say so, because npm prints EBADENGINE warnings for Astro's packages there.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.log(
    `\nNote: this machine's Node is ${process.version}; the site needs Node >= 22.12. ` +
      'npm installs Node 22 into node_modules (devDependency "node") and every npm script runs on it, ' +
      'so the EBADENGINE warnings npm prints for astro and friends can be ignored.\n',
  );
}
