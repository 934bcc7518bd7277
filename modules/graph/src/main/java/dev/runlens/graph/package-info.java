/** RunLens graph (see the module's pom description); depends only on what STYLE.md's arrows allow. */
package dev.runlens.graph;
