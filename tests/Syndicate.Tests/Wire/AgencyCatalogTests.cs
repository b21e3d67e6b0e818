using Syndicate.Core.Wire;

namespace Syndicate.Tests.Wire;

public sealed class AgencyCatalogTests
{
    [Theory]
    [InlineData("RTR", "RTR")]
    [InlineData("Reuters", "RTR")]
    [InlineData("dpa", "DPA")]
    [InlineData("DPA", "DPA")]
    [InlineData("AP", "AP")]
    [InlineData("Associated Press", "AP")]
    [InlineData("anp", "ANP")]
    [InlineData("AFP", "AFP")]
    [InlineData("Belga", "BELGA")]
    [InlineData("EFE", "EFE")]
    [InlineData("EFE Noticias", "EFE")]
    [InlineData("ANSA", "ANSA")]
    [InlineData("NTB", "NTB")]
    [InlineData("TASS", "TASS")]
    [InlineData("Xinhua", "XINHUA")]
    [InlineData("Bloomberg", "BLOOMBERG")]
    [InlineData("Apanews", "APANEWS")]
    [InlineData("Agence de Presse Africaine", "APANEWS")]
    [InlineData("APA", "APA")]
    [InlineData("Antara", "ANTARA")]
    [InlineData("Sputnik Mundo", "SPUTNIK")]
    [InlineData("Panapress", "PANA")]
    [InlineData("TTXVN", "VNA")]
    [InlineData("Jiji", "JIJI")]
    [InlineData("BERNAMA News Agency", "BERNAMA")]
    [InlineData("Antara News Agency", "ANTARA")]
    [InlineData("AIP", "AIP")]
    [InlineData("STP-Press", "STP-PRESS")]
    [InlineData("Agence Guinéenne de Presse", "AGP")]
    [InlineData("Qatar News Agency", "QNA")]
    [InlineData("RNS", "RNS")]
    [InlineData("epdÖ", "EPD")]
    public void Built_in_agencies_are_found_by_code_name_or_alias_in_any_case(string credit, string code)
    {
        Assert.True(AgencyCatalog.Default.TryFind(credit, out var agency));
        Assert.Equal(code, agency.Code);
    }

    [Theory]
    [InlineData("News Agency")]
    [InlineData("Local News Agency")]
    public void News_agency_alone_or_after_an_unknown_name_is_no_agency(string credit) =>
        Assert.False(AgencyCatalog.Default.TryFind(credit, out _));

    [Fact]
    public void Configured_agencies_add_new_codes_and_extend_known_ones()
    {
        var catalog = new AgencyCatalog([.. AgencyCatalog.BuiltIn, new Agency("DPA", "dpa", ["dpa-AFX"]), new Agency("MONTSAME", "Montsame", [])]);

        Assert.True(catalog.TryFind("dpa-AFX", out var dpa));
        Assert.Equal("DPA", dpa.Code);
        Assert.True(catalog.TryFind("dpa", out _));
        Assert.True(catalog.TryFind("montsame", out var montsame));
        Assert.Equal("montsame", montsame.Slug);
        Assert.Single(catalog.All, a => a.Code == "DPA");
    }
}
