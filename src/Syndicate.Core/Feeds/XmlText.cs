using System.Text;
using System.Xml;

namespace Syndicate.Core.Feeds;

/// <summary>Text made safe for XML 1.0: characters it forbids are dropped, never passed on.</summary>
public static class XmlText
{
    public static string Legal(string text)
    {
        var firstBad = IndexOfIllegal(text);
        if (firstBad < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            var c = text[i];
            if (XmlConvert.IsXmlChar(c))
            {
                builder.Append(c);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                builder.Append(c).Append(text[++i]);
            }
        }

        return builder.ToString();
    }

    private static int IndexOfIllegal(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                continue;
            }

            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }
}
