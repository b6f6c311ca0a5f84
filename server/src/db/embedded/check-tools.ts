// Java and Maven must be on the PATH for the embedded database; say so plainly when they are not.
import { spawnSync } from 'node:child_process';
import { StartupError } from '../../errors.js';

const MIN_JAVA = 17;

/** Returns the Java major version, or throws JAVA_MISSING with what to install. */
export function checkJava(): number {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new StartupError(
      'JAVA_MISSING',
      'Java was not found: the embedded Neo4j needs Java 17 or 21.',
      'Install a JDK 17+ (Debian: apt-get install openjdk-17-jdk-headless), or set NEO4J_URI to use an external Neo4j instead.',
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${result.stderr}${result.stdout}`);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : 0;
  if (major < MIN_JAVA) {
    throw new StartupError(
      'JAVA_MISSING',
      `Java ${major || '(unknown version)'} was found, but Neo4j 5 needs Java 17 or 21.`,
      'Install a JDK 17+ and put it first on the PATH, or set NEO4J_URI to use an external Neo4j.',
    );
  }
  return major;
}

/** Throws MAVEN_MISSING when `mvn` cannot run. */
export function checkMaven(): void {
  const result = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new StartupError(
      'MAVEN_MISSING',
      'Maven was not found: it fetches Neo4j and APOC from Maven Central the first time.',
      'Install Maven (Debian: apt-get install maven), or set NEO4J_URI to use an external Neo4j.',
    );
  }
}
