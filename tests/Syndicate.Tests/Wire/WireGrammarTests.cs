using Syndicate.Core.Time;
using Syndicate.Core.Wire;

namespace Syndicate.Tests.Wire;

public sealed class WireGrammarTests
{
    private static IReadOnlyList<WireItem> Recognize(string language, params string[] lines) =>
        new WireRecognizer(AgencyCatalog.Default, AgeGrammar.For(language)).Recognize(PlainTextExtractor.Extract(string.Join('\n', lines)));

    private static WireItem Single(string line) => Assert.Single(Recognize("nl", line));

    [Theory]
    [InlineData("DEN HAAG (ANP) - Het kabinet is gevallen.", "DEN HAAG", "DEN HAAG")]
    [InlineData("SÃO PAULO (AFP) - Zware regen.", "SÃO PAULO", "SÃO PAULO")]
    [InlineData("GENÈVE (ANP/RTR) - Overleg hervat.", "GENÈVE", "GENÈVE")]
    [InlineData("ST. PAUL (AP) - Sneeuwstorm.", "ST. PAUL", "ST. PAUL")]
    [InlineData("CORTINA D'AMPEZZO (ANP/AFP) - Baan klaar.", "CORTINA D'AMPEZZO", "CORTINA D'AMPEZZO")]
    [InlineData("BADEN-BADEN (dpa) - Kurort.", "BADEN-BADEN", "BADEN-BADEN")]
    [InlineData("WASHINGTON/KYIV (Reuters) - Overleg.", "WASHINGTON/KYIV", "WASHINGTON")]
    [InlineData("LONDON, May 18 (Reuters) - Inflation fell.", "LONDON, May 18", "LONDON")]
    [InlineData("FALLUJA, Iraq (Reuters) - Security tightened.", "FALLUJA, Iraq", "FALLUJA")]
    [InlineData("ST. PAUL, Minn. (AP) — Snow.", "ST. PAUL, Minn.", "ST. PAUL")]
    [InlineData("MADRID, 21 ene (EFE).- El Gobierno aprobó.", "MADRID, 21 ene", "MADRID")]
    [InlineData("MOSCOW, January 21. /TASS/. Russia and China met.", "MOSCOW, January 21", "MOSCOW")]
    [InlineData("SEVILLA 10 Mar. (EUROPA PRESS) - La Junta aprobó el plan.", "SEVILLA 10 Mar.", "SEVILLA")]
    [InlineData("Berlin (dpa) – Die Regierung einigt sich.", "Berlin", "Berlin")]
    [InlineData("Frankfurt am Main (dpa) - Der Dax steigt.", "Frankfurt am Main", "Frankfurt am Main")]
    [InlineData("Erfurt (epd). Der Bischof lobt das Urteil.", "Erfurt", "Erfurt")]
    [InlineData("New Delhi (PTI): The Centre told eight artistes to move out.", "New Delhi", "New Delhi")]
    [InlineData("Abidjan, 28 fév (AIP) – La présidente de la région a dit vouloir intensifier les liens.", "Abidjan, 28 fév", "Abidjan")]
    [InlineData("São-Tomé, 01 Set 2025 ( STP-Press )  – O Chefe de Estado presidiu ao encerramento.", "São-Tomé, 01 Set 2025", "São-Tomé")]
    [InlineData("Berlino, 25 nov - (Agenzia Nova) - Le piogge hanno fatto crollare un viadotto.", "Berlino, 25 nov", "Berlino")]
    public void Dateline_and_place_are_read_as_printed(string line, string dateline, string place)
    {
        var item = Single(line);

        Assert.Equal(dateline, item.Dateline);
        Assert.Equal(place, item.Place);
    }

    [Theory]
    [InlineData("BRUSSEL (ANP) - Tekst.", "ANP")]
    [InlineData("BRUSSEL (ANP/AFP/RTR) - Tekst.", "ANP/AFP/RTR")]
    [InlineData("BRUSSEL (ANP/RTR/AFP/BLOOMBERG) - Tekst.", "ANP/RTR/AFP/BLOOMBERG")]
    [InlineData("BRUSSEL (Reuters) - Tekst.", "RTR")]
    [InlineData("BRUSSEL (reuters) - Tekst.", "RTR")]
    [InlineData("BRUSSEL (AFP/Belga) - Tekst.", "AFP/BELGA")]
    [InlineData("BRUSSEL (Reuters, AP) - Tekst.", "RTR/AP")]
    [InlineData("BRUSSEL (ANP / dpa) - Tekst.", "ANP/DPA")]
    [InlineData("BRUSSEL (Associated Press) - Tekst.", "AP")]
    [InlineData("PEKING (Xinhua) - Tekst.", "XINHUA")]
    [InlineData("PUTRAJAYA, June 25 (NNN-BERNAMA) — Tekst.", "NNN/BERNAMA")]
    [InlineData("FRANKFURT (dpa-AFX) - Tekst.", "DPA-AFX")]
    [InlineData("MOSCÚ (Sputnik) — Tekst.", "SPUTNIK")]
    [InlineData("Jakarta, Oct 29, 2016 (Antara) - Tekst.", "ANTARA")]
    public void Credits_of_any_number_in_any_case_become_canonical_codes(string line, string agencies)
    {
        Assert.Equal(agencies, string.Join('/', Single(line).Agencies));
    }

    [Theory]
    [InlineData("BRUSSEL (ANP) - Tekst.")]
    [InlineData("BRUSSEL (ANP) – Tekst.")]
    [InlineData("BRUSSEL (ANP) — Tekst.")]
    [InlineData("BRUSSEL (ANP) -Tekst.")]
    [InlineData("BRUSSEL (ANP)-Tekst.")]
    [InlineData("BRUSSEL (ANP) ― Tekst.")]
    [InlineData("BRUSSEL (ANP) _ Tekst.")]
    public void Every_dash_with_or_without_spaces_opens_the_body(string line)
    {
        Assert.Equal("Tekst.", Single(line).Body);
    }

    [Fact]
    public void An_underscore_glued_to_the_credit_is_no_dash()
    {
        Assert.Empty(Recognize("nl", "BRUSSEL (ANP)_Tekst."));
    }

    [Fact]
    public void A_labelled_date_between_the_headline_and_the_dateline_is_the_items_age_not_a_heading()
    {
        var item = Assert.Single(Recognize("en", "Police car taken at train station blaze", "Posted Jan. 5, 2008", "Fairfield (AP) _ Detectives probing a blaze found the car."));

        Assert.Equal(("Police car taken at train station blaze", "Posted Jan. 5, 2008"), (item.Headline, item.Age));
    }

    [Fact]
    public void A_credit_without_dateline_gives_an_item_without_place()
    {
        var item = Single("(Reuters) -The oil price rose.");

        Assert.Null(item.Dateline);
        Assert.Null(item.Place);
        Assert.Equal(["RTR"], item.Agencies);
        Assert.Equal("The oil price rose.", item.Body);
    }

    [Theory]
    [InlineData("Berlin (Spiegel) - Die Regierung einigt sich.")]
    [InlineData("Lyon (Le Progrès) - Une panne.")]
    [InlineData("(Video) - Bekijk de beelden.")]
    [InlineData("Volgens het kabinet (zie kader) - het blijft onrustig.")]
    [InlineData("De minister zei (ANP) - dat het goed ging.")]
    [InlineData("Merkel (CDU): Wir schaffen das.")]
    [InlineData("THANJAVUR (PT): Eleven people died.")]
    public void Mixed_case_datelines_and_bare_credits_need_known_agencies(string line)
    {
        Assert.Empty(Recognize("nl", line));
    }

    [Fact]
    public void Unknown_credits_are_kept_as_written_and_listed()
    {
        var item = Single("KYIV (ANP/NU.nl/XYZ) - De premier is aangekomen.");

        Assert.Equal(["ANP", "NU.nl", "XYZ"], item.Agencies);
        Assert.Equal(["NU.nl", "XYZ"], item.UnknownCredits);
    }

    [Theory]
    [InlineData("(ATS/AGIR) En l'espace de cent ans, les prix ont décuplé.", "SDA", null)]
    [InlineData("(AGI/PAGELLA POLITICA) Roma, 26 nov. - Nella notte la terra ha tremato.", "AGI", "Roma")]
    public void A_partner_named_in_capitals_after_a_known_agency_is_left_out_of_the_credits(string line, string agency, string? place)
    {
        var item = Single(line);

        Assert.Equal([agency], item.Agencies);
        Assert.Empty(item.UnknownCredits);
        Assert.Equal(place, item.Place);
    }

    [Theory]
    [InlineData("(AGIR/ATS) Le partenaire avant l'agence n'est pas un crédit.")]
    [InlineData("(ATS/Agir) Un partenaire en minuscules non plus.")]
    [InlineData("(AGIR) Le partenaire seul non plus.")]
    public void A_partner_is_left_out_only_in_capitals_after_a_known_agency(string line)
    {
        Assert.Empty(Recognize("fr", line));
    }

    [Theory]
    [InlineData("fr", "Apanews - La Chine a fourni un appui logistique au sommet, a indiqué lundi le ministre.", "APANEWS")]
    [InlineData("fr", "Xinhua | Le prochain sommet du forum sera l'occasion de raffermir une amitié ancienne.", "XINHUA")]
    [InlineData("it", "AGI – Rabbia e sconforto attraversano la comunità dopo la notte di violenza.", "AGI")]
    [InlineData("it", "Radiocor - Come previsto, salgono i rendimenti dei titoli di Stato italiani.", "RADIOCOR")]
    public void A_known_agency_before_a_dash_or_a_bar_opens_a_text_without_a_place(string language, string line, string agency)
    {
        var item = Assert.Single(Recognize(language, line));

        Assert.Equal([agency], item.Agencies);
        Assert.Null(item.Place);
        Assert.Null(item.Dateline);
        Assert.StartsWith(line[(line.IndexOfAny(['-', '–', '|']) + 2)..][..12], item.Body);
    }

    [Theory]
    [InlineData("pt", "AFP - Geral")]
    [InlineData("fr", "AFP - Concours de Unes 2019 - CLEMI Créteil")]
    [InlineData("fr", "Libération - Barkhane, l'opération française au Sahel, est une opération de longue durée.")]
    [InlineData("fr", "MAP - publié le Jeudi 19 Mars à 12:48")]
    public void An_agency_before_a_dash_opens_only_prose_and_only_as_a_known_agency(string language, string line)
    {
        Assert.Empty(Recognize(language, line));
    }

    [Fact]
    public void Under_an_agency_before_its_text_another_name_before_a_dash_is_a_source_not_a_place()
    {
        var items = Recognize(
            "fr",
            "Les usines de fer à l'arrêt",
            "Apanews - L'activité des usines est interrompue, a-t-on appris jeudi de bonne source.",
            "La voiture d'un cadre part en fumée",
            "Alakhbar - Le véhicule du chef de la production a brûlé vendredi devant chez lui.");

        Assert.Equal("L'activité des usines est interrompue, a-t-on appris jeudi de bonne source.", Assert.Single(items).Body);
    }

    [Theory]
    [InlineData("fr", "FCSA/Chine-Cameroun : cap sur une amitié raffermie (ambassadeur)", "Xinhua | Le prochain sommet sera l'occasion de raffermir une amitié ancienne.")]
    [InlineData("de", "MÄRKTE USA/Wall Street tritt vor der Fed auf der Stelle", "NEW YORK (dpa) - Die Wall Street ist kaum verändert in den Handel gestartet.")]
    public void A_headline_with_a_slash_after_capitals_is_no_photo_credit(string language, string headline, string opening)
    {
        Assert.Equal(headline, Assert.Single(Recognize(language, headline, "", opening)).Headline);
    }

    [Fact]
    public void A_photographer_after_an_agency_and_a_slash_is_a_photo_credit_whatever_follows_the_name()
    {
        var item = Assert.Single(Recognize(
            "es",
            "Chile amplía el plazo de la convención",
            "",
            "Integrantes de la convención inician el debate en Santiago. REUTERS/Ivan Alvarado/File Photo",
            "",
            "SANTIAGO (Reuters) - La convención tendrá hasta julio para entregar su propuesta."));

        Assert.Equal("Chile amplía el plazo de la convención", item.Headline);
    }

    [Theory]
    [InlineData("de", "Von: det/dpa", "DPA")]
    [InlineData("pt", "Por: Diario Digital Castelo Branco/Lusa", "LUSA")]
    [InlineData("es", "Por Alina Perera Robbio/ACN", "ACN")]
    public void A_desk_or_a_paper_before_a_slash_and_the_agency_after_a_byline_word_credits_the_text(string language, string credit, string agency)
    {
        var item = Assert.Single(Recognize(language, "Shiffrin gewinnt wieder in Flachau", credit, "Mikaela Shiffrin hat mit 18 Jahren ihren ersten Weltcup gewonnen."));

        Assert.Equal([agency], item.Agencies);
    }

    [Theory]
    [InlineData(
        "de", "Koffer legt Innenstadt lahm",
        "Ein zurückgelassener Koffer hat am Samstagabend in der Innenstadt einen größeren Polizeieinsatz ausgelöst, wie die Polizei mitteilte.",
        "Gebiet zwei Stunden abgeriegelt",
        "Das meldete die Polizei am Abend. Rund um den Platz, wo der Koffer stand, war knapp zwei Stunden lang ein Bereich mit etwa 25 Metern Radius gesperrt; er enthielt nur Kleidung. (dpa)",
        "Koffer legt Innenstadt lahm", "Ein zurückgelassener Koffer")]
    [InlineData(
        "pt", "Acidentes aumentam na região durante a semana do Ano Novo",
        "Quanto ao tipo de acidentes registados entre 30 de dezembro e 05 de janeiro, 30 foram colisões e dez foram despistes.",
        "TORRES NOVAS: PSP recupera objetos furtados em várias casas",
        "A PSP recuperou, em buscas a três habitações em Torres Novas, objetos dados como furtados de várias casas da cidade e outros cuja proveniência ainda está a ser apurada. Lusa",
        "TORRES NOVAS: PSP recupera objetos furtados em várias casas", "A PSP recuperou")]
    public void A_short_subheading_between_paragraphs_stays_inside_the_text_its_credit_closes_and_a_longer_headline_starts_the_next(
        string language, string headline, string paragraph, string between, string closing, string itemHeadline, string bodyStart)
    {
        var item = Assert.Single(Recognize(language, headline, "", paragraph, "", between, "", closing));

        Assert.Equal(itemHeadline, item.Headline);
        Assert.StartsWith(bodyStart, item.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_sharing_its_line_with_a_section_over_a_single_item_is_the_items_age()
    {
        var item = Assert.Single(Recognize(
            "de",
            "18.01.2024 | In eigener Sache",
            "",
            "Keystone-SDA schliesst mit dem Kanton Bern einen Leistungsvertrag ab",
            "",
            "Die Berner Staatskanzlei und die Agentur haben einen Vertrag über drei Jahre geschlossen, der die regionale Berichterstattung sichert. (sda)"));

        Assert.Equal("18.01.2024", item.Age);
        Assert.Equal("In eigener Sache", item.Section);
    }

    [Fact]
    public void A_credit_line_over_each_teaser_credits_the_place_and_colon_that_opens_it()
    {
        var items = Recognize(
            "en",
            "Added on January 7, 2021",
            "Press Trust of India",
            "New Delhi: The Centre said on Wednesday that bird flu has been found at twelve sites in four states, and that advisories have gone out.",
            "Added on January 6, 2021",
            "Press Trust of India",
            "Srinagar: Authorities in Kashmir ordered on Tuesday that petrol and diesel be rationed while the highway stays closed by snow.");

        Assert.Equal(["New Delhi", "Srinagar"], items.Select(item => item.Place));
        Assert.All(items, item => Assert.Equal(["PTI"], item.Agencies));
        Assert.Equal("Added on January 7, 2021", items[0].Age);
    }

    [Theory]
    [InlineData("Ein zurückgelassener Koffer hat am Sonntag auf dem Platz einen größeren Polizeieinsatz ausgelöst, sagte ein Sprecher.", "(apa/makl)", "Lech: Weitere Missbrauchsfälle?")]
    [InlineData("Wir stellen sieben Athletinnen und Athleten vor, die den Spielen in Peking ihren Stempel aufdrücken wollen.", "Von: det/dpa", "Mikaela Shiffrin (USA/Ski alpin): Schon mit 18 Jahren wurde die Ausnahmeathletin Olympiasiegerin.")]
    public void A_credit_line_under_a_paragraph_of_no_item_or_over_a_name_in_parentheses_opens_no_place_and_colon(string paragraph, string credit, string opening)
    {
        var items = Recognize("de", "Peking sucht den Superstar", paragraph, credit, opening);

        Assert.DoesNotContain(items, item => item.Place is "Lech" or "Mikaela Shiffrin");
    }

    [Theory]
    [InlineData("Foto: Tom Weller/dpa")]
    [InlineData("© Paulo Pinto/Agência Brasil")]
    [InlineData("Arquivo/Agência Brasil")]
    [InlineData("APA/AFP")]
    [InlineData("Quelle: ntv.de, ino/dpa")]
    public void A_name_before_a_slash_and_the_agency_under_a_photo_or_source_label_opens_no_text(string credit)
    {
        Assert.Empty(Recognize("de", "Shiffrin gewinnt wieder in Flachau", credit, "Mikaela Shiffrin hat mit 18 Jahren ihren ersten Weltcup gewonnen."));
    }

    [Theory]
    [InlineData("Thomas Schaf erteilt seinen Spielern Anweisungen. Bremen (dpa) – Unruhe beim FC Bayern, Gelassenheit beim SV Werder.", "Bremen")]
    [InlineData("Ob Bayern zustimmt, war lange offen.Regierungschef Söder nennt das historisch. Berlin (dpa) - Für Söder ist das Paket nur eine erste Etappe.", "Berlin")]
    public void A_captions_or_a_standfirsts_sentences_before_a_dateline_on_its_line_are_left_out_of_the_item(string line, string place)
    {
        var item = Assert.Single(Recognize("de", "Werder antwortet auf Hoeneß-Angriffe", "", line));

        Assert.Equal(place, item.Place);
        Assert.Equal("Werder antwortet auf Hoeneß-Angriffe", item.Headline);
        Assert.DoesNotContain("Söder nennt", item.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Anweisungen", item.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_flattened_onto_one_line_is_split_at_each_credited_dateline_inside_it()
    {
        var filler = string.Concat(Enumerable.Repeat("De Kamer vroeg het kabinet om meer duidelijkheid over de plannen. ", 8));
        var line = "WOENSDAG 12 MAART 1986 BINNENLAND PAGINA 5 DEN HAAG (ANP) - De rechter hoort vandaag de eisers. " + filler
            + "Beloning voor een stap richting democratie DEN HAAG (GPD/ANP) - Over het beleid blijven Kamer en kabinet het oneens. " + filler
            + "Usa: la citta toglie il coprifuoco = (AGI/AFP) – New York, 30 ott. – Il sindaco ha tolto il coprifuoco. " + filler;

        var items = Recognize("nl", line);

        Assert.Equal(["DEN HAAG", "DEN HAAG", "New York"], items.Select(i => i.Place));
        Assert.StartsWith("De rechter hoort", items[0].Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Over het beleid", items[0].Body, StringComparison.Ordinal);
        Assert.Equal(["ANP", "GPD"], items[1].Agencies.Order(StringComparer.Ordinal));
        Assert.StartsWith("Il sindaco", items[2].Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_capitalised_word_before_a_flattened_lines_place_stays_out_of_it()
    {
        var filler = string.Concat(Enumerable.Repeat("Die Parteien reagierten am Abend zurückhaltend auf den Vorschlag. ", 16));
        var line = filler + "Verbot stößt bei Parteien auf Ablehnung Berlin (dpa) - Ein mögliches Verbot findet keine Mehrheit. " + filler;

        var item = Assert.Single(Recognize("de", line));

        Assert.Equal("Berlin", item.Place);
    }

    [Fact]
    public void A_credit_alone_inside_a_flattened_line_opens_no_story()
    {
        var filler = string.Concat(Enumerable.Repeat("Le communiqué précise que le siège sera installé à Dakar. ", 18));
        var line = "DAKAR (APS) - Une nouvelle agence a vu le jour. " + filler
            + "Elle l'a indiqué à l'Agence de presse sénégalaise (APS). APA rassemble des promoteurs africains. " + filler;

        var item = Assert.Single(Recognize("fr", line));

        Assert.Contains("APA rassemble", item.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("EFELima", "Lima")]
    [InlineData("EFEBuenos Aires", "Buenos Aires")]
    [InlineData("AFPNew York", "New York")]
    public void A_known_agency_glued_to_a_place_on_a_line_of_its_own_opens_the_text_below(string line, string place)
    {
        var item = Assert.Single(Recognize("es", line, "El Congreso aceptó hoy ceder al Gobierno la facultad de legislar durante dos meses."));

        Assert.Equal(place, item.Place);
        Assert.StartsWith("El Congreso", item.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("XYZLima")]
    [InlineData("EFELima y Quito")]
    [InlineData("NYTimes")]
    public void An_unknown_code_or_more_than_a_place_glued_to_a_code_opens_nothing(string line) =>
        Assert.Empty(Recognize("es", line, "El Congreso aceptó hoy ceder al Gobierno la facultad de legislar durante dos meses."));

    [Theory]
    [InlineData("- Publicidad -")]
    [InlineData("-Anzeige-")]
    public void An_advertisements_label_between_dashes_is_chrome_and_no_headline(string label)
    {
        var item = Assert.Single(Recognize("es", "Facebook", label, "Seúl (AP).- Corea del Norte afirmó el domingo que su paciencia se acaba."));

        Assert.Null(item.Headline);
    }

    [Fact]
    public void A_dateline_with_only_unknown_capital_credits_is_an_item()
    {
        var item = Single("ULAANBAATAR (MONTSAME) - Sneeuwstorm in de hoofdstad.");

        Assert.Equal(["MONTSAME"], item.UnknownCredits);
    }

    [Fact]
    public void Body_runs_over_several_blocks_until_the_next_item_or_section()
    {
        var items = Recognize("nl",
            "OSLO (ANP) - Eerste alinea.",
            "Tweede alinea.",
            "Derde alinea!",
            "Meer uit Buitenland",
            "Een zin die bij niemand hoort.",
            "ROME (ANP) - Ander bericht.");

        Assert.Equal(2, items.Count);
        Assert.Equal("Eerste alinea.\nTweede alinea.\nDerde alinea!", items[0].Body);
        Assert.Null(items[0].Section);
        Assert.Equal("Buitenland", items[1].Section);
    }

    [Fact]
    public void A_word_alone_or_a_headline_over_a_writers_line_is_no_text_of_the_credited_headline_above()
    {
        var items = Recognize("es",
            "Italia cierra bares y restaurantes a medianoche",
            "por EFE | 10/13/2020 - 17:30",
            "Cancillería habilitará una sala para vigilar la votación",
            "por Laura Serrate | 10/13/2020 - 17:00",
            "América pasa de 18 millones de casos",
            "por EFE | 10/13/2020 - 13:00",
            "Deportes",
            "Cristiano y la covid-19 que sacude al fútbol",
            "por EFE | 10/14/2020 - 09:15",
            "El contagio de Cristiano Ronaldo ha sacudido al mundo del fútbol, desde el...");

        var item = Assert.Single(items);
        Assert.Equal("Cristiano y la covid-19 que sacude al fútbol", item.Headline);
        Assert.StartsWith("El contagio de Cristiano Ronaldo", item.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Meer uit Buitenland", "Buitenland")]
    [InlineData("More from World", "World")]
    [InlineData("Mehr aus Wirtschaft", "Wirtschaft")]
    [InlineData("Plus de Monde", "Monde")]
    [InlineData("Más de Internacional", "Internacional")]
    public void Section_headings_name_the_section_of_the_items_under_them(string heading, string section)
    {
        var item = Assert.Single(Recognize("nl", heading, "ROME (ANP) - Bericht."));

        Assert.Equal(section, item.Section);
    }

    [Fact]
    public void Ages_after_items_go_to_the_item_before_them()
    {
        var items = Recognize("nl", "OSLO (ANP) - Een.", "5 minuten geleden", "ROME (ANP) - Twee.", "1 uur geleden");

        Assert.Equal(["5 minuten geleden", "1 uur geleden"], items.Select(i => i.Age));
    }

    [Fact]
    public void Ages_before_items_go_to_the_item_after_them_when_that_places_more_ages()
    {
        var items = Recognize("en",
            "16 minutes ago", "Snow hits the city", "OSLO (AP) - One.",
            "2 hours ago", "Talks resume", "ROME (AP) - Two.");

        Assert.Equal(["16 minutes ago", "2 hours ago"], items.Select(i => i.Age));
        Assert.Equal(["Snow hits the city", "Talks resume"], items.Select(i => i.Headline));
    }

    [Fact]
    public void An_age_glued_to_the_next_dateline_belongs_to_the_item_before()
    {
        var items = Recognize("nl", "OSLO (ANP) - Een bericht.", "16 minuten geledenROME (ANP/AFP) - Twee berichten.", "1 uur geleden");

        Assert.Equal(["16 minuten geleden", "1 uur geleden"], items.Select(i => i.Age));
        Assert.Equal("Twee berichten.", items[1].Body);
    }

    [Fact]
    public void A_last_paragraph_ending_in_a_quoted_sentence_stays_in_the_body()
    {
        var items = Recognize("nl", "OSLO (ANP) - Eerste alinea.", "Hij zei: \"Het is voorbij.\"", "ROME (ANP) - Ander bericht.");

        Assert.Equal("Eerste alinea.\nHij zei: \"Het is voorbij.\"", items[0].Body);
        Assert.Null(items[1].Headline);
    }

    [Fact]
    public void Age_like_text_inside_a_body_is_no_age()
    {
        var item = Single("OSLO (ANP) - Het vuur begon 20 minuten geleden. Het bezoek werd 10 minuten geleden bekendgemaakt.");

        Assert.Null(item.Age);
        Assert.EndsWith("10 minuten geleden bekendgemaakt.", item.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void An_age_on_its_own_line_after_a_headline_and_dateline_layout_is_the_items()
    {
        var items = Recognize("nl", "Kabinet valt", "DEN HAAG (ANP) - Het kabinet is gevallen.", "3 minuten geleden", "Brand in haven", "ROTTERDAM (ANP) - Er woedt een brand.", "9 minuten geleden");

        Assert.Equal(["Kabinet valt", "Brand in haven"], items.Select(i => i.Headline));
        Assert.Equal(["3 minuten geleden", "9 minuten geleden"], items.Select(i => i.Age));
    }

    [Theory]
    [InlineData("ANP Kabinet valt", "Kabinet valt")]
    [InlineData("AFP Overleg hervat", "Overleg hervat")]
    [InlineData("AP chief resigns", "AP chief resigns")]
    [InlineData("ANPR-camera's geplaatst", "ANPR-camera's geplaatst")]
    [InlineData("Ajax - Feyenoord gestaakt", "Ajax - Feyenoord gestaakt")]
    [InlineData("Brexit - wat nu?", "Brexit - wat nu?")]
    public void Headline_badges_are_dropped_and_dashes_kept(string headline, string expected)
    {
        var item = Assert.Single(Recognize("nl", headline, "LONDEN (ANP) - Het Britse parlement stemt."));

        Assert.Equal(expected, item.Headline);
    }

    [Fact]
    public void A_byline_between_headline_and_dateline_hides_neither()
    {
        var item = Assert.Single(Recognize("en", "Inflation falls", "By Jane Doe and John Roe", "LONDON, May 18 (Reuters) - Prices fell."));

        Assert.Equal("Inflation falls", item.Headline);
    }

    [Fact]
    public void A_correction_notice_flags_the_item_it_precedes_and_stays_out_of_its_text()
    {
        var items = Recognize("nl",
            "HAARLEM (ANP) - Eerder bericht.",
            "Nieuw bericht, vervangt: Drie doden bij brand",
            "Twee doden bij brand",
            "HAARLEM (ANP) - Bij een brand zijn twee doden gevallen.");

        Assert.Null(items[0].Correction);
        Assert.Equal("Nieuw bericht, vervangt: Drie doden bij brand", items[1].Correction);
        Assert.Equal("Twee doden bij brand", items[1].Headline);
        Assert.Equal("Bij een brand zijn twee doden gevallen.", items[1].Body);
    }

    [Fact]
    public void Ticker_items_without_credit_inherit_the_agencies_of_the_credited_item_before_them()
    {
        var items = Recognize("nl",
            "09:41", "Dax start hoger", "Frankfurt (dpa) - Der Dax ist gestiegen.",
            "09:32", "Deutsche Bank bestätigt Ziele", "Frankfurt - Die Deutsche Bank hat ihre Ziele bestätigt.",
            "09:15", "Ifo steigt", "MÜNCHEN - Die Stimmung hellt sich auf.");

        Assert.Equal(3, items.Count);
        Assert.All(items, i => Assert.Equal(["DPA"], i.Agencies));
        Assert.Equal([false, true, true], items.Select(i => i.CreditInherited));
        Assert.Equal(["Frankfurt", "Frankfurt", "MÜNCHEN"], items.Select(i => i.Place));
        Assert.Equal("Deutsche Bank bestätigt Ziele", items[1].Headline);
    }

    [Fact]
    public void Uncredited_openings_are_no_items_before_any_credit_or_without_a_headline()
    {
        var items = Recognize("nl",
            "Dax start hoger", "Frankfurt - Der Dax ist gestiegen.",
            "Berlin (dpa) - Die Regierung einigt sich.",
            "Hamburg - Dieser Hinweis steht ohne Überschrift.",
            "Nur eine Zeile.");

        var item = Assert.Single(items);
        Assert.Equal("Berlin", item.Place);
        Assert.Contains("Hamburg - Dieser Hinweis", item.Body, StringComparison.Ordinal);
    }
}
