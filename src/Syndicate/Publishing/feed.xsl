<?xml version="1.0" encoding="utf-8"?>
<!-- Shows an RSS 2.0 or Atom 1.0 feed opened in a browser as a page, with a hint how to subscribe.
     Feed readers ignore it: the feed itself is unchanged. -->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:atom="http://www.w3.org/2005/Atom"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  exclude-result-prefixes="atom dc">
  <xsl:output method="html" encoding="utf-8" doctype-system="about:legacy-compat"/>

  <xsl:variable name="title" select="/rss/channel/title | /atom:feed/atom:title"/>
  <xsl:variable name="description" select="/rss/channel/description | /atom:feed/atom:subtitle"/>
  <xsl:variable name="self" select="/rss/channel/atom:link[@rel='self']/@href | /atom:feed/atom:link[@rel='self']/@href"/>

  <xsl:template match="/">
    <html lang="en">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="$title"/> (feed)</title>
        <style>
          body { font: 16px/1.5 system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
          .hint { background: #fff8d6; border: 1px solid #e8d87a; padding: .75rem 1rem; border-radius: .25rem; }
          .hint code { word-break: break-all; }
          article { border-bottom: 1px solid #ddd; padding: .75rem 0; }
          article h2 { font-size: 1.1rem; margin: 0 0 .25rem; }
          .meta { color: #666; font-size: .9rem; }
        </style>
      </head>
      <body>
        <p class="hint">This is a <strong>news feed</strong>. To follow it, copy its address into your feed reader:
          <code><xsl:value-of select="$self"/></code>. <a href="/">All feeds</a></p>
        <h1><xsl:value-of select="$title"/></h1>
        <p><xsl:value-of select="$description"/></p>
        <xsl:apply-templates select="/rss/channel/item | /atom:feed/atom:entry"/>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="item">
    <article>
      <h2><a href="{link}"><xsl:value-of select="title"/></a></h2>
      <p class="meta"><xsl:value-of select="pubDate"/> · <xsl:for-each select="dc:creator"><xsl:if test="position() &gt; 1">/</xsl:if><xsl:value-of select="."/></xsl:for-each></p>
      <p><xsl:value-of select="description"/></p>
    </article>
  </xsl:template>

  <xsl:template match="atom:entry">
    <article>
      <h2><a href="{atom:link[@rel='alternate']/@href}"><xsl:value-of select="atom:title"/></a></h2>
      <p class="meta"><xsl:value-of select="atom:published"/> · <xsl:for-each select="atom:author"><xsl:if test="position() &gt; 1">/</xsl:if><xsl:value-of select="atom:name"/></xsl:for-each></p>
      <p><xsl:value-of select="atom:summary"/></p>
    </article>
  </xsl:template>
</xsl:stylesheet>
