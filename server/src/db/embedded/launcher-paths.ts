// Where the embedded database launcher lives and what its build leaves behind.
import path from 'node:path';
import { projectRoot } from '../../config.js';

const folder = path.join(projectRoot, 'neo4j');

export const launcherPaths = {
  folder,
  pom: path.join(folder, 'pom.xml'),
  sources: path.join(folder, 'src'),
  jar: path.join(folder, 'target', 'neo4j-launcher.jar'),
  lib: path.join(folder, 'target', 'lib'),
  plugins: path.join(folder, 'target', 'plugins'),
  mainClass: 'org.homelessgraph.neo4j.Launcher',
};
