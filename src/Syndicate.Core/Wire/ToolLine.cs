using System.Globalization;

namespace Syndicate.Core.Wire;

/// <summary>
/// A line of a story's tools in any of the seven languages: a verb that acts on the page and the words it acts on, run
/// together as their buttons print them ("Email To Friend Print Version", "Share it With Friends", "Save This Page",
/// "Refer to a friend", "Copy URL", "View Comments", "Artikel versenden", "Envoyer à un ami", "Invia ad un amico").
/// Such a line may stand between a headline and its text; it is neither.
/// </summary>
internal static class ToolLine
{
    private const int MaxWords = 6;

    private static readonly StringComparer Folded = StringComparer.Create(CultureInfo.InvariantCulture, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace);

    // What a tool does to the page.
    private static readonly HashSet<string> Verbs = new(Folded)
    {
        "print", "printer", "printer-friendly", "email", "e-mail", "mail", "share", "save", "copy", "send", "refer", "recommend", "bookmark", "tweet", "digg", "view", "like", "comment", "post",
        "drucken", "teilen", "senden", "versenden", "verschicken", "speichern", "merken", "kopieren", "empfehlen", "weiterempfehlen", "kommentieren",
        "imprimer", "envoyer", "partager", "copier", "enregistrer", "sauvegarder", "recommander", "commenter",
        "imprimir", "enviar", "compartir", "copiar", "guardar", "recomendar", "comentar",
        "stampa", "stampare", "invia", "inviare", "condividi", "copia", "salva", "segnala", "consiglia", "commenta",
        "printen", "afdrukken", "stuur", "verstuur", "versturen", "deel", "delen", "kopieer", "kopiëren", "bewaar", "bewaren", "opslaan", "reageer",
        "compartilhar", "partilhar", "salvar",
    };

    // What a tool acts on, and the small words between.
    private static readonly HashSet<string> Objects = new(Folded)
    {
        "to", "a", "the", "this", "it", "with", "on", "by", "your", "friend", "friends", "page", "article", "story", "url", "link", "version", "friendly", "comments", "permalink",
        "artikel", "seite", "per", "an", "einen", "freund", "freunde", "kommentare", "diesen", "druckversion",
        "à", "un", "une", "ami", "amis", "l'article", "l’article", "la", "le", "lien", "par", "commentaires", "imprimable", "cet", "courriel",
        "amigo", "amigos", "artículo", "página", "enlace", "por", "comentarios", "versión", "imprimible", "este", "esta", "correo", "el", "noticia",
        "ad", "amico", "amici", "articolo", "pagina", "commenti", "versione", "stampabile", "questo", "il", "notizia",
        "door", "naar", "een", "vriend", "vrienden", "reacties", "versie", "dit", "deze", "het", "de",
        "para", "um", "uma", "artigo", "comentários", "versão", "o", "notícia",
    };

    /// <summary>
    /// Whether the text is one tool of two words or more, or a bar of them ("Print article | E-mail article | Post comment |
    /// View comments"); a word alone ("Save", "Print") may be the last of a row of buttons over the next story.
    /// </summary>
    public static bool Is(string text) => text.Split('|').All(IsOne);

    private static bool IsOne(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length is < 2 or > MaxWords)
        {
            return false;
        }

        var acts = false;
        foreach (var word in words)
        {
            var bare = word.Trim(':', '»', '›', '.', '!');
            if (Verbs.Contains(bare))
            {
                acts = true;
            }
            else if (!Objects.Contains(bare))
            {
                return false;
            }
        }

        return acts;
    }
}
