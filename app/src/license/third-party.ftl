<#--
  The third-party libraries RunLens ships (the app's runtime dependencies), one per line, tab-separated:
  groupId:artifactId:version, name, licences (" OR " between alternatives), project URL. RunLens' own
  modules (dev.runlens) are not third-party. Read by dev.runlens.app.about.ThirdPartyLibraries;
  ThirdPartyListTest and packaging/Packager.java check that every shipped jar is listed.
-->
<#list dependencyMap as e>
<#assign p = e.getKey()/>
<#assign licences = e.getValue()/>
<#if p.groupId != "dev.runlens">
${p.groupId}:${p.artifactId}:${p.version}	${p.name!p.artifactId}	<#list licences as l>${l}<#sep> OR </#sep></#list>	${p.url!""}
</#if>
</#list>
