using Syndicate.Core.Wire;

namespace Syndicate.Tests.Wire;

public sealed class ToolLineTests
{
    [Theory]
    [InlineData("Email To Friend Print Version")]
    [InlineData("Share it With Friends")]
    [InlineData("Save This Page")]
    [InlineData("Refer to a friend")]
    [InlineData("Copy URL")]
    [InlineData("Print article | E-mail article | Post comment | View comments")]
    [InlineData("Artikel versenden")]
    [InlineData("Envoyer à un ami")]
    [InlineData("Enviar por correo")]
    [InlineData("Invia ad un amico")]
    [InlineData("Stuur door naar een vriend")]
    [InlineData("Compartilhar notícia")]
    public void A_verb_that_acts_on_the_page_and_what_it_acts_on_make_a_tool_line(string line) =>
        Assert.True(ToolLine.Is(line), $"'{line}' is a row of the story's tools.");

    [Theory]
    [InlineData("Save")]
    [InlineData("Print")]
    [InlineData("Share prices fall on Wall Street")]
    [InlineData("Save the Children appeals for Gaza")]
    [InlineData("Post office to close")]
    [InlineData("Copy of the will found")]
    [InlineData("Email to a friend sparks a scandal at the town hall today")]
    [InlineData("")]
    public void A_word_alone_a_headline_and_a_long_line_are_no_tool_line(string line) =>
        Assert.False(ToolLine.Is(line), $"'{line}' is no tool line.");
}
