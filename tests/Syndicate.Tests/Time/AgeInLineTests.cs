using Syndicate.Core.Time;
using static Syndicate.Tests.Time.AgeCases;

namespace Syndicate.Tests.Time;

public sealed class AgeInLineTests
{
    [Theory]
    [InlineData("nl", "Sport | 20 minuten geleden", "20 minuten geleden")]
    [InlineData("nl", "Bron: Reuters · 2 uur geleden", "2 uur geleden")]
    [InlineData("nl", "Door Jan de Vries · gisteren, 14:32", "gisteren, 14:32")]
    [InlineData("nl", "2 uur geleden door Jan de Vries", "2 uur geleden")]
    [InlineData("nl", "Bijgewerkt: 2 uur geleden", "Bijgewerkt: 2 uur geleden")]
    [InlineData("en", "By John Smith, 5 hours ago", "5 hours ago")]
    [InlineData("en", "5 hours ago by John Smith", "5 hours ago")]
    [InlineData("en", "World — Updated 3 hours ago", "Updated 3 hours ago")]
    [InlineData("de", "Von Anna Schmidt | vor 3 Stunden", "vor 3 Stunden")]
    [InlineData("fr", "Politique - il y a 2 heures", "il y a 2 heures")]
    [InlineData("es", "Por María López, hace 3 horas", "hace 3 horas")]
    [InlineData("it", "Cronaca · 5 minuti fa", "5 minuti fa")]
    [InlineData("it", "LE INTERVISTE - 19.03 13:00", "19.03 13:00")]
    [InlineData("en", "submitted 17 hours ago by InsaneSnow45", "submitted 17 hours ago")]
    [InlineData("en", "submitted 3 hours ago by You@feddit.de to c/dach@feddit.de", "submitted 3 hours ago")]
    [InlineData("it", "SOCIAL NETWORK, 19.03 01:00 -", "19.03 01:00")]
    [InlineData("it", "IN PRIMO PIANO - inserita il 17.03 alle 19:18", "il 17.03 alle 19:18")]
    [InlineData("de", "16.03., 8:18 Uhr: vorläufige Sitzverteilung im Stadtrat", "16.03., 8:18 Uhr")]
    [InlineData("pt", "Brasil | há 3 horas", "há 3 horas")]
    [InlineData("pt", "Última Modificação: 26/01/2017 15:20:20 | Visualizada 221 vezes", "Última Modificação: 26/01/2017 15:20:20")]
    [InlineData("en", "Posted by: Florida CPA, 27 Sep 2011 | 15:22", "27 Sep 2011 | 15:22")]
    [InlineData("it", "Ultimo aggiornamento 3 Giugno, 2022, 08:44:32 di Maurizio Barra", "Ultimo aggiornamento 3 Giugno, 2022, 08:44:32")]
    [InlineData("it", "Pubblicato il 19 ottobre 2017 da redazione", "Pubblicato il 19 ottobre 2017")]
    [InlineData("de", "#1.1 — vor 8 Stunden", "vor 8 Stunden")]
    [InlineData("nl", "Laatste update: 7 minuten geleden", "Laatste update: 7 minuten geleden")]
    [InlineData("de", "Letzte Änderung 14.02.2019", "Letzte Änderung 14.02.2019")]
    [InlineData("de", "Letzte Überarbeitung: 01.09.2013", "Letzte Überarbeitung: 01.09.2013")]
    [InlineData("it", "Pubblicato il 31 Marzo 2009 • Ultima revisione: 5 Ottobre 2012", "Ultima revisione: 5 Ottobre 2012")]
    [InlineData("en", "updated: 1:43 pm IST", "updated: 1:43 pm IST")]
    [InlineData("es", "Actualizado a las 15:10h.", "Actualizado a las 15:10h")]
    [InlineData("fr", "le 7 mai 2020 - 12:38.", "le 7 mai 2020 - 12:38")]
    [InlineData("fr", "Jeanne Corriveau 19 février 2020", "19 février 2020")]
    [InlineData("en", "Posted by John H. Cochrane at 11:01 PM", "at 11:01 PM")]
    [InlineData("en", "By John H Cochrane 5 hours ago", "5 hours ago")]
    [InlineData("fr", "jeudi 24 aout 2017 par Jeune Afrique", "jeudi 24 aout 2017")]
    [InlineData("de", "von Stefan Beiersmann am 29. Mai 2017, 14:14 Uhr", "am 29. Mai 2017, 14:14 Uhr")]
    [InlineData("it", "29 ottobre 2017 Matteo Fantozzi", "29 ottobre 2017")]
    [InlineData("pt", "José Volta e Pinto 11 de Outubro de 2020, 8:34", "11 de Outubro de 2020, 8:34")]
    [InlineData("fr", "Message par matsu aiko » 04 mars 2005, 14:09", "04 mars 2005, 14:09")]
    [InlineData("de", "21. Jan 2022 // Dominik Ricker", "21. Jan 2022")]
    [InlineData("de", "Erstellt am: 01.11.2023", "Erstellt am: 01.11.2023")]
    [InlineData("nl", "Last Updated on 26 september 2024 by M.G. Sulman", "Last Updated on 26 september 2024")]
    [InlineData("en", "Last updated 04 Jun 2020, originally created 17 Jun 2019", "Last updated 04 Jun 2020")]
    [InlineData("pt", "Hoje às 10:32, por Redação", "Hoje às 10:32")]
    [InlineData("de", "Verfasst: 22.01.2007 1:05", "Verfasst: 22.01.2007 1:05")]
    [InlineData("it", "Ultimo agg.: 20:47", "Ultimo agg.: 20:47")]
    [InlineData("de", "Posted 6 Tagen ago", "Posted 6 Tagen ago")]
    [InlineData("it", "Roma, 4 ago. (Adnkronos) -", "4 ago")]
    [InlineData("it", "Roma, 2 dic. (askanews)", "2 dic")]
    [InlineData("it", "Edizione del 26/01/2011", "del 26/01/2011")]
    [InlineData("it", "Dal giornale LA NAZIONE  del 27/3/2020", "del 27/3/2020")]
    [InlineData("it", "Articolo apparso sul Cittadino di sabato 10 marzo 2012", "di sabato 10 marzo 2012")]
    [InlineData("it", "(Di mercoledì 24 ottobre 2018)", "Di mercoledì 24 ottobre 2018")]
    [InlineData("it", "Edizione di venerdì 3 marzo", "di venerdì 3 marzo")]
    [InlineData("it", "Il diario di giovedì 13 giugno", "di giovedì 13 giugno")]
    [InlineData("it", "Articolo su La Stampa del 27 aprile", "del 27 aprile")]
    [InlineData("de", "Versendet am 24.06.2022", "am 24.06.2022")]
    [InlineData("fr", "Article Ouest France paru le samedi 16 décembre 2023.", "le samedi 16 décembre 2023")]
    [InlineData("en", "Posted in Politics on June 7, 2011 by admin", "on June 7, 2011")]
    [InlineData("en", "Posted by Eric Earling at December 29, 2007 12:03 PM | Email This", "at December 29, 2007 12:03 PM")]
    [InlineData("en", "Posted by: Gabriel at December 19, 2025 12:14 AM", "at December 19, 2025 12:14 AM")]
    [InlineData("en", "Posted at: 12/28/2007 06:23:34 PM", "Posted at: 12/28/2007 06:23:34 PM")]
    [InlineData("en", "Last edit: 4 weeks 11 hours ago by mvvfans", "Last edit: 4 weeks 11 hours ago")]
    [InlineData("en", "LAST EDIT:Jan 8, 2024", "LAST EDIT:Jan 8, 2024")]
    [InlineData("en", "Posted on Published: August 31, 2022", "Posted on Published: August 31, 2022")]
    [InlineData("en", "Posted on Last updated: September 22, 2022", "Posted on Last updated: September 22, 2022")]
    [InlineData("en", "Last Update Posted : November 21, 2018", "Last Update Posted : November 21, 2018")]
    [InlineData("en", "Posted by Hannah Hayes on October 31, 2012 in Dinner, Sarah Carey, Today's Recipe, Video", "on October 31, 2012")]
    [InlineData("en", "posted on June 17, 2021 under entree, quick & easy", "posted on June 17, 2021")]
    [InlineData("en", "Posted at 6:00 am under Basics", "Posted at 6:00 am")]
    [InlineData("en", "Posted by Colin Watson on 2025-12-18 in debusine. Tags: debusine, freexian, planet-debian.", "on 2025-12-18")]
    [InlineData("en", "Posted 9th August 2012, 5:28pm in News, by DIY News Desk", "Posted 9th August 2012, 5:28pm")]
    [InlineData("en", "Published on 25.Jun.2019 in Vol 7, No 6 (2019): June", "Published on 25.Jun.2019")]
    [InlineData("en", "This entry was posted on Sunday, December 30th, 2012 at 3:00 pm and is filed under Personal, Technology.", "This entry was posted on Sunday, December 30th, 2012 at 3:00 pm")]
    [InlineData("en", "Deutschland mix in german 291 articles, created at 2021-12-06 03:35", "at 2021-12-06 03:35")]
    [InlineData("it", "In risposta al messaggio di Tore99 del 23/07/2017 alle 17:58:49", "del 23/07/2017 alle 17:58:49")]
    [InlineData("de", "Nr. 34 vom 08. November 2021", "vom 08. November 2021")]
    [InlineData("de", "Drucksache 17/14146 vom 14.07.2014", "vom 14.07.2014")]
    [InlineData("de", "Gehirn & Geist - epaper ⋅ Ausgabe 10/2018 vom 07.09.2018", "vom 07.09.2018")]
    [InlineData("it", "Comunicato Ufficiale n. 378 del 31 marzo 2022", "del 31 marzo 2022")]
    [InlineData("es", "Boletín Nº 189 del martes 14 de agosto de 2012", "martes 14 de agosto de 2012")]
    [InlineData("pt", "Gazeta Municipal Nº 1151 de 04 de julho de 2025", "04 de julho de 2025")]
    [InlineData("de", "vor 8 Stunden schrieb Guenni:", "vor 8 Stunden")]
    [InlineData("de", "dasmanuel schreibt: 12. August 2015 um 8:13", "schreibt: 12. August 2015 um 8:13")]
    [InlineData("nl", "Posted in Persweeën., Verkeer(d), writers blog on 31/08/2011 by Pär Ongeluck", "on 31/08/2011")]
    [InlineData("en", "Milan Griffes on September 12, 2018 at 4:47 pm said:", "on September 12, 2018 at 4:47 pm")]
    [InlineData("en", "On October 29, 2012 at 2:35am, Rosa said...", "On October 29, 2012 at 2:35am")]
    [InlineData("en", "At 4/19/2005 07:14:49 PM, Anonymous said…", "At 4/19/2005 07:14:49 PM")]
    [InlineData("en", "By Mike Sansone on October 24, 2012 in Conversations, Social Media, Video with 2 Comments", "on October 24, 2012")]
    [InlineData("en", "Clyde Smith on 10/29/2012 in D.I.Y., Social Media | Permalink", "on 10/29/2012")]
    [InlineData("it", "Inserito il 23 Dicembre 2013    Aggiornato il 30 Luglio 2020", "Aggiornato il 30 Luglio 2020")]
    [InlineData("en", "Last modified: 20-Nov-06     Maintained by: egruenert@isugw.indstate.edu", "Last modified: 20-Nov-06")]
    [InlineData("pt", "© LUSA   09/02/2026", "09/02/2026")]
    [InlineData("en", "Date   : 2022-07-21 19:16 UTC (3 hours ago)", "2022-07-21 19:16 UTC")]
    [InlineData("es", "Actualizado: 23 agosto, 2005 (hace 19 años)", "Actualizado: 23 agosto, 2005")]
    [InlineData("en", "Updated: 21 July 2022 (3 hours ago)", "3 hours ago")]
    [InlineData("en", "Jo on 2 Jun 2010 says:", "on 2 Jun 2010")]
    [InlineData("en", "Webstandard-Team on 25 May 2010 says:", "on 25 May 2010")]
    [InlineData("de", "(KNA 19.11.21)", "19.11.21")]
    [InlineData("fr", "(AFP 09/06/17)", "09/06/17")]
    [InlineData("it", "7 minuti fa, gianmazza ha scritto:", "7 minuti fa")]
    [InlineData("it", "novembre 9, 2014 //", "novembre 9, 2014")]
    [InlineData("de", "12. Januar 2019 /", "12. Januar 2019")]
    [InlineData("en", "By Jack Neville / August 19, 2020 /", "August 19, 2020")]
    [InlineData("es", "27/10/2025 Redacción", "27/10/2025")]
    [InlineData("es", "BACA, Yucatán, 18 de diciembre.-", "18 de diciembre")]
    [InlineData("es", "La Habana, 10 sep.-", "10 sep")]
    [InlineData("fr", "Posté Le : 14/08/2004", "Posté Le : 14/08/2004")]
    [InlineData("fr", "Date de parution : vendredi 22 janvier 2021", "Date de parution : vendredi 22 janvier 2021")]
    [InlineData("pt", "Data de publicação: 11/02/2014", "Data de publicação: 11/02/2014")]
    [InlineData("es", "Fecha de publicación: 3 de marzo de 2021", "Fecha de publicación: 3 de marzo de 2021")]
    [InlineData("it", "Data di pubblicazione: 12/05/2019", "Data di pubblicazione: 12/05/2019")]
    [InlineData("de", "  20.11.2020 Leserbriefe", "20.11.2020")]
    [InlineData("de", "(16.10.2017) Das Elektrizitätswerk der Gemeinde beabsichtigt, das Kraftwerk am Pass umfassend zu sanieren.", "16.10.2017")]
    [InlineData("pt", "(24/01/2026) Nesta minha busca por textos antigos, descobri este com dezanove anos.", "24/01/2026")]
    [InlineData("de", "* (31.10.2024) Vorschau auf 3 Wochen Veranstaltungen und Termine:", "31.10.2024")]
    [InlineData("de", "==> 08.04.2021: heute wurden wieder neue Lieder verteilt :-)", "08.04.2021")]
    [InlineData("en", "=> Updated: 3 hours ago", "Updated: 3 hours ago")]
    [InlineData("en", "Published: Nov. 15, 2022 at 11:24 PM CST|Updated: 19 minutes ago", "Updated: 19 minutes ago")]
    [InlineData("pt", "Criado por Tiago Maia em sex, 08/11/2024 - 10:55 | Editado por Patrícia Pereira há 4 dias.", "há 4 dias")]
    public void An_age_is_found_inside_a_meta_line_where_it_stands(string language, string line, string age)
    {
        var found = Found(language, line);
        Assert.Equal(age, line.Substring(found.Start, found.Length));
        Assert.Equal(age, found.Age.Text);
    }

    [Fact]
    public void No_break_spaces_read_as_spaces_and_the_age_keeps_its_place_in_the_line()
    {
        const string line = "patrice57\u00A0-\u00A020\u00A0février\u202F2020";
        var found = Found("fr", line);
        Assert.Equal("20 février 2020", found.Age.Text);
        Assert.Equal("20\u00A0février\u202F2020", line.Substring(found.Start, found.Length));
    }

    [Fact]
    public void A_meridiem_written_with_full_stops_keeps_its_last_one_in_the_age_found()
    {
        const string line = "By Reuters on May 27, 2016, at 5:57 p.m.";

        var found = Found("en", line);

        Assert.Equal("on May 27, 2016, at 5:57 p.m.", line.Substring(found.Start, found.Length));
    }

    [Theory]
    [InlineData("nl", "Sport 20 minuten geleden", "20 minuten geleden")]
    [InlineData("en", "Reuters 5 hours ago", "5 hours ago")]
    [InlineData("de", "Politik vor 3 Stunden", "vor 3 Stunden")]
    [InlineData("es", "Entretenimiento 29/10/2024", "29/10/2024")]
    [InlineData("it", "La Stampa 01/11/2020", "01/11/2020")]
    [InlineData("pt", "JN Hoje às 13:03", "Hoje às 13:03")]
    [InlineData("nl", "2 uur geleden Binnenland", "2 uur geleden")]
    [InlineData("pt", "Há 9 horas Fique Em Casa", "Há 9 horas")]
    [InlineData("en", "Nissan November 20, 2019 13:42", "November 20, 2019 13:42")]
    [InlineData("en", "LinkNaija October 06, 2018", "October 06, 2018")]
    [InlineData("es", "Política 23/07/2023 Redacción La NUEVA Mañana", "23/07/2023")]
    [InlineData("en", "November 2, 2016 at 11:21 pm Timothy Sykes", "November 2, 2016 at 11:21 pm")]
    [InlineData("en", "Last edited November 2, 2018 4:41 pm", "Last edited November 2, 2018 4:41 pm")]
    public void A_section_source_or_paper_joined_by_a_space_alone_stands_beside_an_age_that_ends_in_itself(string language, string line, string age) =>
        Assert.Equal(age, Found(language, line).Age.Text);

    [Theory]
    [InlineData("de", "Eingabedatum: 1997-02-28", "1997-02-28")]
    [InlineData("en", "Last updated on: October 1, 2025", "Last updated on: October 1, 2025")]
    [InlineData("pt", "Publicada em: 02/02/2018 08:35:00", "Publicada em: 02/02/2018 08:35:00")]
    [InlineData("de", "ssi, dan; Foto [M]: Shutterstock; Erstveröffentlichung: 4.4.18", "4.4.18")]
    [InlineData("it", "Daily Archives: 13 Ottobre 2023", "13 Ottobre 2023")]
    [InlineData("it", "Video data: 27.03.2015", "27.03.2015")]
    [InlineData("pt", "Data de envio: 11/12/2025", "11/12/2025")]
    [InlineData("pt", "Dia: 8/01/2026", "8/01/2026")]
    [InlineData("pt", "Por: Ferreoclube   Dia: 21 de março de 2015", "21 de março de 2015")]
    [InlineData("en", "Date   : 2022-07-21 19:16 UTC", "2022-07-21 19:16 UTC")]
    [InlineData("es", "Provincias05/01/2026", "05/01/2026")]
    [InlineData("es", "El Mundo02/12/2025", "02/12/2025")]
    [InlineData("nl", "Datum20.08.2016", "20.08.2016")]
    [InlineData("en", "Date:April 7, 2014 | Category:Home Buying | Author:Jane Doe", "April 7, 2014")]
    [InlineData("de", "Datum:14. März 2021", "14. März 2021")]
    [InlineData("en", "CNN3 days ago", "3 days ago")]
    [InlineData("en", "Entertainment4 days ago", "4 days ago")]
    [InlineData("nl", "Sport2 uur geleden", "2 uur geleden")]
    [InlineData("en", "crime5 days ago", "5 days ago")]
    [InlineData("en", "3 pointskatsuyan14 years ago", "14 years ago")]
    [InlineData("pt", "Guimarãeshá 3 dias", "há 3 dias")]
    [InlineData("pt", "- Desportohá 2 semanas", "há 2 semanas")]
    [InlineData("es", "Deporteshace 5 horas", "hace 5 horas")]
    [InlineData("pt", "política3 horas atrás", "3 horas atrás")]
    public void A_label_closed_by_a_colon_or_glued_to_it_stands_before_a_date_or_a_relative_age(string language, string line, string age) =>
        Assert.Equal(age, Found(language, line).Age.Text);

    [Theory]
    [InlineData("de", "Letzter Eintrag : 27. Juni 2017.", "27. Juni 2017", "2017-06-26T21:59:59.9999999Z 2017-06-27T21:59:59.9999999Z")]
    [InlineData("de", "Letzte Änderungen: 17. August 2015, Webmaster", "17. August 2015", "2015-08-16T21:59:59.9999999Z 2015-08-17T21:59:59.9999999Z")]
    [InlineData("de", "– Letztes Update : 04.05.2022", "Letztes Update : 04.05.2022", "2022-05-03T21:59:59.9999999Z 2022-05-04T21:59:59.9999999Z")]
    [InlineData("en", "Last Published: October 13, 2025", "Last Published: October 13, 2025", "2025-10-12T21:59:59.9999999Z 2025-10-13T21:59:59.9999999Z")]
    [InlineData("en", "Last Upd:  04:44pm 03 Jun 2013", "04:44pm 03 Jun 2013", "2013-06-03T14:43:59.9999999Z 2013-06-03T14:44:59.9999999Z")]
    public void The_languages_last_opens_a_label_of_one_word_more(string language, string line, string age, string window) =>
        AssertFoundWithWindow(language, line, age, window);

    [Theory]
    [InlineData("en", "Last visit was: 20 Nov 2025, 01:52 It is currently 20 Nov 2025, 01:52")]
    [InlineData("en", "Last: October 13, 2025")]
    public void The_languages_last_with_more_words_or_alone_labels_no_date(string language, string line) => AssertNoAge(language, line);

    [Theory]
    [InlineData("en", "The Classy Way To Get Media Coverage For Your Startup (8 hours ago)", "8 hours ago")]
    [InlineData("en", "Highlights On The Business of Software (2012) (3 weeks ago)", "3 weeks ago")]
    [InlineData("en", "6:00 AM (16 minutes ago)", "16 minutes ago")]
    [InlineData("en", "Date   : 2022-07-21 19:16 UTC (3 hours ago)", "2022-07-21 19:16 UTC")]
    [InlineData("es", "El Gobierno aprueba el nuevo decreto de vivienda en el Consejo de Ministros (hace 2 horas)", "hace 2 horas")]
    public void A_relative_age_in_parentheses_closing_a_line_is_its_age_unless_a_dated_time_before_it_is_finer(string language, string line, string age) =>
        Assert.Equal(age, Found(language, line).Age.Text);

    [Theory]
    [InlineData("fr", "Haroué : repas au profit du Téléthon (24 octobre 2025)", "24 octobre 2025")]
    [InlineData("en", "Top stories of the week (March 3, 2025)", "March 3, 2025")]
    [InlineData("en", "04 Mar 2022 06:23PM (Updated: 04 Mar 2022 06:27PM)", "Updated: 04 Mar 2022 06:27PM")]
    public void A_date_with_its_year_in_parentheses_closing_a_title_is_its_age_and_beside_a_stamp_an_update(string language, string line, string age) =>
        Assert.Equal(age, Found(language, line).Age.Text);

    [Theory]
    [InlineData("en", "Sep 3, 2025 12 mins", "Sep 3, 2025")]
    [InlineData("nl", "2026/1/01 | 22 mins.", "2026/1/01")]
    [InlineData("en", "27/03/23·10m 40s", "27/03/23")]
    [InlineData("en", "Oct 28, 2023 #3", "Oct 28, 2023")]
    [InlineData("de", "27. September 2018 #1", "27. September 2018")]
    [InlineData("en", "Nov 08, 2025 7 min read", "Nov 08, 2025")]
    [InlineData("de", "Fr 02.03.18 01:30 | 24:52 min", "Fr 02.03.18 01:30")]
    [InlineData("de", "03.10.2017 | 29:23 Min.", "03.10.2017")]
    [InlineData("en", "Dec 18, 2025 ⋅ 10 min read", "Dec 18, 2025")]
    [InlineData("en", "December 18, 2025 ・ 3 min read", "December 18, 2025")]
    [InlineData("es", "12 de marzo de 2024 3 min de lectura", "12 de marzo de 2024")]
    [InlineData("en", "Susan December 9, 2024 0 Comments", "December 9, 2024")]
    [InlineData("de", "Von DB, 8. Februar 2016 39 Kommentare »", "8. Februar 2016")]
    [InlineData("en", "Posted on 20 June 2025 No comments", "Posted on 20 June 2025")]
    [InlineData("de", "Von Thilo, 6. November 2023 keine Kommentare", "6. November 2023")]
    [InlineData("de", "Von Redaktion - 8. Februar 2022 0", "8. Februar 2022")]
    [InlineData("en", "Mar 16, 2018 127 65", "Mar 16, 2018")]
    [InlineData("en", "Webandcloud Oct 13, 2020 0 28", "Oct 13, 2020")]
    [InlineData("de", "Von Jule Radeck Vom 3. Februar 2022 0", "Vom 3. Februar 2022")]
    public void A_length_a_posts_number_or_a_count_of_comments_after_a_date_with_its_year_is_no_part_of_its_age(string language, string line, string age) =>
        Assert.Equal(age, Found(language, line).Age.Text);

    [Theory]
    [InlineData("en", "2 weeks ago 3 min read", "2 weeks ago")]
    [InlineData("en", "1 HR ago 2 mins read", "1 HR ago")]
    [InlineData("en", "Oct 6 4 mins read", "Oct 6")]
    [InlineData("de", "vor 3 Stunden 4 Min. Lesezeit", "vor 3 Stunden")]
    [InlineData("en", "Posted by Xyzzy Magic at 9:05 PM No comments:", "at 9:05 PM")]
    [InlineData("en", "Posted by kamal nayan at 07:26 3 comments:", "at 07:26")]
    [InlineData("en", "by hubertdavisfor3 3 months ago 0 comments", "3 months ago")]
    [InlineData("en", "July 11th, 9:39am 0 comments", "July 11th, 9:39am")]
    [InlineData("es", "Publicado por Emergencias en domingo, abril 20, 2014 No hay comentarios:", "abril 20, 2014")]
    [InlineData("es", "23/09/2021 Duración: 04min", "23/09/2021")]
    [InlineData("it", "RUBRICA | di Lorena D'Urso RADIO - 16:30. Durata: 29 min 32 sec", "16:30")]
    [InlineData("fr", "14h05 Durée : 3 min", "14h05")]
    public void Any_age_before_a_reading_time_a_labelled_length_or_a_count_of_comments_in_words_is_the_entrys(string language, string line, string age) =>
        Assert.Equal(age, FoundText(language, line));

    [Theory]
    [InlineData("en", "November 18, 2019 -- 19:14 GMT (19:14 GMT)", "19:14 GMT")]
    [InlineData("es", "Guayaquil será la sede de la XVIII Conferencia Interamericana de la Cruz Roja 15:45 (20:45 GMT)", "20:45 GMT")]
    public void A_clock_restated_in_brackets_in_a_named_zone_is_read_in_its_zone(string language, string line, string age)
    {
        var found = Found(language, line);
        Assert.Equal(age, line.Substring(found.Start, found.Length));
        Assert.IsType<ZonedAge>(found.Age);
    }

    [Theory]
    [InlineData("en", "2 minutes ago - 2020-10-14 20:32:20", "2020-10-14 20:32:20")]
    [InlineData("en", "46m - Dec 15, 2025", "Dec 15, 2025")]
    [InlineData("en", "7 months ago Thu 22nd Oct 2020", "Thu 22nd Oct 2020")]
    [InlineData("en", "• Last modified 2270 days ago (May 1, 2013)", "May 1, 2013")]
    public void A_date_with_its_year_beside_a_relative_age_is_the_items(string language, string line, string age) =>
        Assert.Equal(age, FoundText(language, line));

    [Theory]
    [InlineData("nl", "Veel animo voetbalinstuif S.V. De Koog Sport 1 uur geleden", "1 uur geleden")]
    [InlineData("en", "Nigeria Newspapers APC Declares PDP National Convention a Political Funeral, Says Party No Longer Opposition 4 days ago", "4 days ago")]
    [InlineData("en", "Comment on Melbourne shivers as south-east collectively feels the cold 9 months ago", "9 months ago")]
    [InlineData("en", "Subscribe to News feed Updated: 1 hour 11 min ago", "Updated: 1 hour 11 min ago")]
    [InlineData("en", "Bullish Sentiment Hits 2014 High posted 1 day ago by Wayne Thorp", "posted 1 day ago")]
    public void A_recent_age_with_its_ago_closing_a_headline_its_label_before_it_and_its_writer_after_it_if_any_is_the_entrys(string language, string line, string age) =>
        Assert.Equal(age, FoundText(language, line));

    [Theory]
    [InlineData("en", "We got the keys 48 hours ago.")]
    [InlineData("en", "Yes the reverse has happened.. in fact as recently as about 4 weeks ago")]
    [InlineData("en", "Billboards still pull their weight as they did 100 years ago")]
    public void A_sentence_a_qualified_count_or_years_ago_closing_a_line_is_no_headlines_age(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("en", "1h 56m")]
    [InlineData("it", "5m 46s")]
    [InlineData("en", "Peter Reinhardt 2m 6s")]
    public void A_length_in_glued_parts_without_ago_is_no_age(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("en", "March 3, 2024 · 1h 56m", "March 3, 2024")]
    [InlineData("en", "2h 30m ago", "2h 30m ago")]
    [InlineData("en", "5m", "5m")]
    public void An_age_before_a_length_in_glued_parts_or_glued_parts_with_their_ago_read_as_before(string language, string line, string age) =>
        Assert.Equal(age, FoundText(language, line));

    [Theory]
    [InlineData("it", "Durata: 29 min 32 sec")]
    [InlineData("es", "Duración: 04min")]
    public void A_labelled_length_alone_is_no_age(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("fr", "Publié par à 15:32", "à 15:32")]
    [InlineData("en", "Posted by at 10:05 PM", "at 10:05 PM")]
    public void A_byline_whose_name_the_page_left_empty_stands_before_its_clock(string language, string line, string age) =>
        Assert.Equal(age, FoundText(language, line));

    [Theory]
    [InlineData("en", "I told him to come by at 5:00.")]
    public void A_byline_word_inside_a_sentence_before_a_clock_is_no_empty_byline(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("it", "1. armandofucci 25 marzo 2012 at 10:05 #", "25 marzo 2012 at 10:05")]
    [InlineData("en", "Posted on May 3, 2005 01:17 PM #", "Posted on May 3, 2005 01:17 PM")]
    public void A_comments_permalink_mark_closing_the_line_is_no_part_of_its_age(string language, string line, string age) =>
        Assert.Equal(age, FoundText(language, line));

    [Theory]
    [InlineData("en", "4 hours ago 1", "4 hours ago")]
    [InlineData("fr", "il y a 4 semaines 4", "il y a 4 semaines")]
    [InlineData("fr", "3 semaines ago 24", "3 semaines ago")]
    public void A_bare_count_after_a_relative_age_is_its_comments_or_likes(string language, string line, string age) =>
        Assert.Equal(age, Found(language, line).Age.Text);

    [Theory]
    [InlineData("fr", "il y a 2 heures 30")]
    [InlineData("en", "2 hours 30")]
    public void A_bare_number_after_hours_may_be_their_minutes_and_makes_no_age(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("en", "1 points 1 year ago", "1 year ago")]
    [InlineData("en", "[–]Zero_Idol 19 points 16 hours ago", "16 hours ago")]
    [InlineData("nl", "12 reacties 3 uur geleden", "3 uur geleden")]
    [InlineData("de", "4 Antworten vor 2 Tagen", "vor 2 Tagen")]
    public void A_score_or_a_count_before_a_relative_age_is_no_part_of_it(string language, string line, string age) =>
        Assert.Equal(age, Found(language, line).Age.Text);

    [Theory]
    [InlineData("en", "posted by clawsoon at 4:35 PM  - 27 comments", "at 4:35 PM")]
    [InlineData("en", "posted by filthy light thief at 10:01 PM  - 6 comments", "at 10:01 PM")]
    [InlineData("de", "von Doris2003 22/06/2020 16:22:45", "22/06/2020 16:22:45")]
    [InlineData("es", "Publicado por Alesves en 11:43:00", "11:43:00")]
    [InlineData("pt", "por leitao em 21-06-01 12:46 GMT (#1)", "em 21-06-01 12:46 GMT")]
    public void A_handle_or_a_blogs_name_after_a_byline_word_opening_the_line_stands_before_the_age_whatever_its_case(
        string language, string line, string age) =>
        Assert.Equal(age, Found(language, line).Age.Text);

    [Theory]
    [InlineData("es", "Publicado por Derecho en Red en 11:25", "11:25")]
    [InlineData("pt", "Postado por CIÊNCIA NA PELE às 10:28", "às 10:28")]
    [InlineData("pt", "Publicado por Luso-Poemas em 01-Feb-2012 01:50 (31990 leituras)", "01-Feb-2012 01:50")]
    public void A_blogs_name_with_small_inner_words_or_a_small_word_before_the_age_is_still_a_handle(
        string language, string line, string age) =>
        Assert.Equal(age, FoundAsServed(language, line).Age.Text);

    [Theory]
    [InlineData("it", "Data di inserimento: 06-12-2007", 2007, 12, 6)]
    [InlineData("pt", "Investigado por: 2018-10-25", 2018, 10, 25)]
    public void A_byline_word_inside_a_label_closed_by_a_colon_is_part_of_the_dates_label(string language, string line, int year, int month, int day) =>
        FoundDate(language, line, (year, month, day));

    [Theory]
    [InlineData("pt", "a candidata votou por volta das 8h40 em Porto Alegre")]
    [InlineData("pt", "O alerta do incêndio foi dado por volta das 12h50.")]
    public void A_byline_word_inside_a_sentence_brings_in_no_handle(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("en", "The book had an online launch on 19th June 2022.")]
    [InlineData("en", "Your 2025 federal return is due on Wednesday, April 15, 2026.")]
    [InlineData("es", "El capítulo reseñado se emitió el 04/12/2025.")]
    [InlineData("fr", "Notre revue est en ligne depuis le 1er janvier 2012.")]
    [InlineData("nl", "Dit item is verlopen op 01-12-2019.")]
    [InlineData("pt", "O blog publicou essa declaração em 20/9/23.")]
    public void A_sentence_closed_by_an_events_date_with_its_year_makes_no_age(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("fr", "Article mis à jour le 7 janvier 2020.", "le 7 janvier 2020")]
    [InlineData("fr", "Article publié le mardi 10 mars 2020 à 12:27", "le mardi 10 mars 2020 à 12:27")]
    [InlineData("pt", "Post atualizado em 30 de novembro de 2024.", "em 30 de novembro de 2024")]
    [InlineData("en", "This page was last edited on 2 March 2026, at 03:23.", "on 2 March 2026, at 03:23")]
    public void A_sentence_closed_by_a_labelled_date_keeps_it_as_its_age(string language, string line, string date) =>
        Assert.EndsWith(date, Found(language, line).Age.Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("en", "19 points 16")]
    [InlineData("en", "We got 300 comments")]
    [InlineData("en", "7 min read")]
    [InlineData("en", "The firm was founded in 2001. Published on March 3 the report said.")]
    public void A_count_or_a_sentence_without_a_labelled_date_makes_no_age(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("fr", "Disparu depuis cinq jours")]
    [InlineData("fr", "Depuis 4 jours c'est des échanges de mail.")]
    [InlineData("fr", "La Belgique fonctionne depuis un an sans gouvernement.")]
    public void A_count_a_range_word_brings_in_after_a_word_is_how_long_a_state_lasted(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("en", "Mon – Fri: 8:00 AM – 5PM")]
    [InlineData("en", "Tues 9am - 5:30pm PT")]
    [InlineData("en", "Oct 24 - Nov 22")]
    [InlineData("en", "Lee Miller, Tate Britain, October 2, 2025 – February 15, 2026")]
    [InlineData("en", "Offer valid Dec. 17, 2025 - Jan. 7, 2026")]
    [InlineData("de", "Ausstellung 12. März 2026 – 30. Juni 2026")]
    [InlineData("pt", "3 de Março de 1921 - 14 de Julho de 1998")]
    [InlineData("es", "1 de enero de 2024 - 31 de marzo de 2024")]
    [InlineData("en", "May 1, 2020 -- May 5, 2020")]
    public void Two_dates_weekdays_or_clocks_joined_by_a_spaced_dash_are_a_span_not_an_age(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("en", "March 3, 2024 - 10:15 am", "March 3, 2024 - 10:15 am")]
    [InlineData("en", "By Jane Doe - March 3, 2024", "March 3, 2024")]
    [InlineData("en", "Published Oct 10, 2023 - [Updated Dec 3, 2025]", "Updated Dec 3, 2025")]
    public void A_date_and_its_clock_or_a_later_labelled_stamp_joined_by_a_dash_are_no_span(string language, string line, string age) =>
        Assert.Equal(age, Found(language, line).Age.Text);

    [Theory]
    [InlineData("en", "Feb. 23, 2015 -- Life-threatening peanut allergies have mysteriously been on the rise in the past decade.", "Feb. 23, 2015")]
    [InlineData("en", "::WEEKLY DIGEST No. 184 -- 6 October 2003", "6 October 2003")]
    [InlineData("en", "By Ben Grossman -- Broadcasting & Cable, 1/21/2008", "1/21/2008")]
    public void A_spaced_double_hyphen_is_a_dash(string language, string line, string age) =>
        Assert.Equal(age, Found(language, line).Age.Text);

    [Theory]
    [InlineData("it", "24 – 25 – 31 dicembre 2019")]
    [InlineData("es", "Resumen de la semana (10 - 17 de marzo)")]
    [InlineData("fr", "3 - 5 mars 2020")]
    public void A_day_alone_opening_the_line_or_a_bracket_before_a_dash_and_a_later_date_is_a_span_not_an_age(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("it", "Numero 14 - 21 settembre 1996", "21 settembre 1996")]
    [InlineData("fr", "GR20 – Jour 1 – 21 août", "21 août")]
    public void A_number_after_a_word_before_a_dash_and_a_date_is_an_issues_or_a_stages_not_a_span(string language, string line, string age) =>
        Assert.Equal(age, FoundText(language, line));

    [Theory]
    [InlineData("en", "Originally published in March 2022. Last updated on December 20, 2024.", "Last updated on December 20, 2024")]
    [InlineData("en", "© Copyright Ansible project contributors. Last updated on Mar 02, 2026.", "Last updated on Mar 02, 2026")]
    public void The_last_sentence_of_a_footer_opened_by_a_label_is_its_stamp(string language, string line, string age) =>
        Assert.Equal(age, Found(language, line).Age.Text);

    [Theory]
    [InlineData("nl", "Het Nieuws Vandaag: 24-04-2025", "24-04-2025")]
    [InlineData("fr", "Les infos mercato du mercredi 11 janvier", "du mercredi 11 janvier")]
    [InlineData("en", "Latest Transfer News & Rumours 13 April 2021", "13 April 2021")]
    [InlineData("nl", "TV Oost Nieuws van vrijdag 5/10/2018", "vrijdag 5/10/2018")]
    [InlineData("nl", "Dinsdag Eilanden-Nieuws 18 juli 2017", "18 juli 2017")]
    [InlineData("de", "( BAYERN 2-Nachrichten 04.01.2026 22:00)", "04.01.2026 22:00")]
    [InlineData("nl", "Radionieuws van maandag 9 september", "maandag 9 september")]
    [InlineData("nl", "Het regionieuws van donderdag 19 juni.", "donderdag 19 juni")]
    [InlineData("nl", "Dit is het nieuws van dinsdag 8 maart.", "dinsdag 8 maart")]
    public void A_bulletins_title_closed_by_its_day_has_that_day_for_its_age(string language, string line, string age) =>
        Assert.Equal(age, Found(language, line).Age.Text);

    [Theory]
    [InlineData("de", "03.02.2022 Neue Radwege in der Innenstadt freigegeben", "03.02.2022")]
    [InlineData("en", "2013.05.21 Notes from a Visit to the Harbour", "2013.05.21")]
    [InlineData("en", "12 March 2024 Parliament votes on the budget", "12 March 2024")]
    [InlineData("pt", "- 04/11/2025 09:12:45 Prefeitura abre vagas para cursos gratuitos", "04/11/2025 09:12:45")]
    [InlineData("en", "2023-06-12 10:41Council approves budget for the new library", "2023-06-12 10:41")]
    [InlineData("en", "March 3, 2019 Mayor Opens New Bridge Over The River", "March 3, 2019")]
    [InlineData("es", "Domingo 16 de Abril de 2017. De Alpedrete de la Sierra al cerro de la Torrecilla", "Domingo 16 de Abril de 2017")]
    [InlineData("it", "venerdì 21 luglio 2017 Anno XXXV", "venerdì 21 luglio 2017")]
    [InlineData("it", "Domenica 2 agosto 2020 Anno XXXVIII - Numero 212 - € 1,40", "Domenica 2 agosto 2020")]
    [InlineData("de", "20.11.2019 Der Bürgermeister traute seinen Augen nicht, als er die übrigen Kürbisse auf der Wiese fand.", "20.11.2019")]
    [InlineData("en", "August 10, 2023 The state government has promised the football body good facilities for the tournament and a safe stay for every team that comes to play in it", "August 10, 2023")]
    [InlineData("nl", "11 maart 2022 Het was lang geleden dat ik nog eens met mijn oude vriend op stap was.", "11 maart 2022")]
    [InlineData("it", "18/05/2021Questo articolo è stato letto 2566 volte!", "18/05/2021")]
    [InlineData("es", "Policiales15/02/2026La Policía de la provincia desplegó un operativo para buscar a los evadidos de la comisaría.", "15/02/2026")]
    [InlineData("es", "Política 12 de diciembre de 2025 Cada año decenas de perros son abandonados cerca de la basílica.", "12 de diciembre de 2025")]
    [InlineData("it", "Cronaca 15 Maggio 2020 Novità per le aree produttive del circondario", "15 Maggio 2020")]
    [InlineData("de", "Medienresonanz 03.11.2021 Drucken CDU: Hamburg fällt zurück", "03.11.2021")]
    [InlineData("nl", "Dagelijks archief: 1 april 2012 Schandelijk gedrag van Leers", "1 april 2012")]
    [InlineData("en", "Date: 6/29/20 The Board of Aldermen held a Special Meeting at the North End Fire Station.", "6/29/20")]
    [InlineData("fr", "Hajar Toufik - 30 septembre 2024L’Arabie saoudite triomphe à la Coupe des Nations", "30 septembre 2024")]
    [InlineData("en", "Muftau Yahaya — October 28, 2025 The crippling traffic congestion on the port road is back ...", "October 28, 2025")]
    [InlineData("pt", "06/04/2020 | Atualização 06/04/2020 do avanço Coronavírus na região do ABC Paulista", "06/04/2020")]
    [InlineData("fr", "Faits divers 19/12/2025 - 05:33 | Martinique Une piétonne de 38 ans gravement blessée après un accident de la route à Carrère, prise en charge par les pompiers jeudi soir", "19/12/2025 - 05:33")]
    public void A_date_with_its_year_opening_a_headline_a_teasers_sentences_or_a_periodicals_volume_is_the_items_after_its_section_or_writer_if_any(string language, string line, string age) =>
        Assert.Equal(age, FoundText(language, line));

    [Theory]
    [InlineData("en", "Red Squirrel Week 2024 1st October 2024 As the species champion for red squirrels I am excited to raise awareness of the week and of what every garden can do for them.", "1st October 2024")]
    [InlineData("fr", "Redécoupage électoral: la ville passe de 21 à 22 districts Actualités 19 avril 2024 Le projet de règlement divisant la municipalité en 22 districts a été adopté à l’unanimité ce vendredi…", "19 avril 2024")]
    [InlineData("fr", "4 feux dont un suspect en 4 jours pour débuter 2026 à Laval Faits divers 4 janvier 2026 Le début de la nouvelle année est mouvementé pour le service de sécurité incendie, qui a affronté plusieurs feux…", "4 janvier 2026")]
    [InlineData("en", "MAIN | By Correspondent Oct. 21, 2021 AMSTERDAM – A few cases of the new sub-variant have been diagnosed in the country, according to the public health institute, which asks everyone to stay alert…", "Oct. 21, 2021")]
    public void A_date_with_its_year_between_a_teasers_headline_and_its_lead_on_a_long_line_is_the_teasers(string language, string line, string age) =>
        Assert.Equal(age, FoundText(language, line));

    [Theory]
    [InlineData("en", "Press Release September 16, 2020 Restart of Bus Service Delayed", "September 16, 2020")]
    [InlineData("en", "Eugene Mulero | Senior Reporter December 8, 2020 Government, Business, Safety, Logistics", "December 8, 2020")]
    [InlineData("fr", "Nombre total de pages vues dimanche 24 mars 2013 Nouvelle passion", "dimanche 24 mars 2013")]
    [InlineData("nl", "Laatste nieuws 27 februari 2026 Hedin lijdt nettoverlies van ruim 100 miljoen euro", "27 februari 2026")]
    public void A_date_with_its_year_between_a_title_or_a_byline_and_a_headline_on_a_shorter_line_is_the_items(string language, string line, string age) =>
        Assert.Equal(age, FoundText(language, line));

    [Theory]
    [InlineData("en", "Preview This Week's Issue November 30, 2022 Santa came down Main Street in Orono this past Saturday.", "November 30, 2022")]
    [InlineData("en", "Council's out-of-hours care could end in Aberdeenshire 30 January 2024 Aberdeenshire Council plans to end all of its school care.", "30 January 2024")]
    [InlineData("nl", "Week van het Dorpshuis Inspiratiemiddag maandag 31 maart 2025 HAARLE - Heel het land houdt de adem in.", "maandag 31 maart 2025")]
    [InlineData("nl", "Vrijwilligers gezocht woensdag 11 oktober 2023, 18:00 NOODKLOK! Wie komt helpen?", "woensdag 11 oktober 2023, 18:00")]
    public void A_date_with_its_year_between_a_title_and_a_lead_closed_by_its_stop_is_the_items(string language, string line, string age) =>
        Assert.Equal(age, FoundText(language, line));

    [Theory]
    [InlineData("fr", "Legrand : INFORMATIONS FINANCIÈRES CONSOLIDÉES NON AUDITÉES AU 31 MARS 2023")]
    [InlineData("de", "Windows 10 - Version 20H2 (Supportende 10.05.2022 Quelle: Microsoft Lifecycle Seite)")]
    public void A_date_after_a_small_word_in_capitals_or_inside_an_open_bracket_follows_no_title(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("fr", "Le conseil municipal de la commune s’est réuni en séance publique et il a voté le 12 mars 2024 Le maire a ensuite présenté le budget de l’année, que les élus de l’opposition ont critiqué longuement.")]
    [InlineData("en", "The committee that runs the annual festival in the town centre will meet again from 12 March 2024 The agenda for that meeting will be posted on the notice board of the library and online.")]
    [InlineData("fr", "Le conseil s’est réuni et il a voté le 12 mars 2024 Le maire a ensuite présenté le budget.")]
    [InlineData("en", "The committee will meet again from 12 March 2024 The agenda will be posted on the notice board.")]
    public void A_date_after_a_small_word_or_a_ranges_word_is_a_sentences_not_a_teasers(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("en", "March 3, 2019 was the day we moved to the coast")]
    [InlineData("en", "May 2020 Was A Hard Month For Everyone")]
    [InlineData("en", "Friday, July 19, 2013 As of 6:47 AM EDT")]
    [InlineData("en", "At 06:53 09/17/1999 Friday , [log in to unmask] wrote:")]
    [InlineData("es", "FECHA: 23 de enero de 2026 HORA COMIENZO: 20:45")]
    [InlineData("it", "lunedì 6 maggio 2024 Partita di campionato Savena 19.15 Droplist Bologna")]
    [InlineData("de", "Dienstag, 13. Juni 2017. In der Stadt treffen sich die Mitglieder der Wehr um 19 Uhr an ihrem Haus zum Dienstabend.")]
    public void A_month_first_date_before_a_sentence_or_without_its_day_or_a_weekdays_or_a_labels_date_before_a_time_opens_no_headline(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("nl", "maandag 1 juli 2013 Een zwerm bijen", "maandag 1 juli 2013")]
    [InlineData("nl", "woensdag, februari 27, 2019 Voorloop tocht Pijnacker", "woensdag, februari 27, 2019")]
    [InlineData("fr", "samedi 28 août 2010 Bibelots et babioles", "samedi 28 août 2010")]
    [InlineData("es", "martes, 13 de octubre de 2009 El patio de Balbona", "martes, 13 de octubre de 2009")]
    [InlineData("it", "lunedì 25 dicembre 2006 Christmas lights", "lunedì 25 dicembre 2006")]
    [InlineData("pt", "domingo, 5 de fevereiro de 2017 Torta com maçã", "domingo, 5 de fevereiro de 2017")]
    [InlineData("pt", "segunda-feira, 13 de fevereiro de 2012 Bolo húmido de laranja", "segunda-feira, 13 de fevereiro de 2012")]
    [InlineData("es", "viernes, 25 de septiembre de 2009 EL SERVICIO AL CLIENTE ES UN ELEMENTO DIFERENCIAL", "viernes, 25 de septiembre de 2009")]
    [InlineData("en", "Monday, 25 May 2026 The Rosy Purple Top and The Cherry Tree", "Monday, 25 May 2026")]
    [InlineData("es", "sábado, 25 de marzo de 2017 Fue bonito mientras duró.", "sábado, 25 de marzo de 2017")]
    [InlineData("fr", "dimanche 5 mai 2013 Printemps au rucher!", "dimanche 5 mai 2013")]
    [InlineData("it", "mercoledì 14 settembre 2011 Quale è il post più letto?", "mercoledì 14 settembre 2011")]
    [InlineData("en", "Thursday, 21 May 2026 A good place", "Thursday, 21 May 2026")]
    [InlineData("nl", "vrijdag, 25 maart 2005 Easter stress", "vrijdag, 25 maart 2005")]
    public void A_weekdays_date_with_its_year_heads_a_posts_title_of_two_words_or_more(string language, string line, string age) =>
        Assert.Equal(age, FoundText(language, line));

    [Theory]
    [InlineData("it", "sabato 30 dicembre 2006 Finger")]
    [InlineData("en", "Tuesday, January 15, 2008 Weather: Hi: 7°C / Lw: 4°C")]
    [InlineData("en", "Wednesday, November 7 2012 BLOGS /NFL Network")]
    [InlineData("fr", "dimanche 22 avril 2007 le printemps est là")]
    public void A_weekdays_date_before_one_word_a_lower_case_one_or_a_headers_chrome_heads_no_title(string language, string line) => AssertNoAge(language, line);

    [Theory]
    [InlineData("en", "Posted on the 3rd of March 2026", "on the 3rd of March 2026")]
    [InlineData("en", "Posted on the 27/11/2025 at 14:32 by @jdoe", "on the 27/11/2025 at 14:32")]
    public void An_english_date_may_have_the_before_it_and_of_before_its_month(string language, string line, string age) =>
        Assert.Equal(age, FoundText(language, line));

    [Theory]
    [InlineData("fr", "Article paru dans La Voix du Nord du 9 mars.", "du 9 mars")]
    [InlineData("fr", "Voici un article paru le 2 octobre dans Le Courrier picard :", "le 2 octobre")]
    [InlineData("fr", "Un article paru dans L'Union, hélas sans photo, de mardi 7 mai.", "mardi 7 mai")]
    [InlineData("it", "Articolo comparso sul quotidiano “Il Tirreno” del 3 Giugno", "del 3 Giugno")]
    [InlineData("de", "Artikel vom 12.09.2021 in der Badischen Zeitung", "vom 12.09.2021")]
    [InlineData("fr", "Article paru le vendredi 24 octobre 2014 dans Le Progrès", "le vendredi 24 octobre 2014")]
    [InlineData("fr", "Article paru jeudi 12 juin dans L'Est républicain", "jeudi 12 juin")]
    public void A_press_cuttings_caption_has_the_papers_day_for_its_age(string language, string line, string age) =>
        Assert.Equal(age, FoundText(language, line));

    [Theory]
    [InlineData("de", "Dieser Artikel ist ursprünglich am 27. Februar 2017 erschienen.")]
    [InlineData("fr", "Article paru le 3 mai et corrigé le 5 mai dans Le Progrès")]
    [InlineData("es", "Artículo publicado en vistazoalaprensa.com en agosto de 2007")]
    public void A_sentence_about_an_article_or_a_caption_with_two_dates_has_no_age(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("nl", "29 januari 2026Wouter Boonstra", "29 januari 2026")]
    [InlineData("es", "Política 25/11/2025SOFIA ZANOTTI", "25/11/2025")]
    [InlineData("es", "Legislativas18 de agosto de 2025Juan Manuel Villarreal", "18 de agosto de 2025")]
    public void A_name_glued_to_a_dates_year_stands_after_it(string language, string line, string age) =>
        Assert.Equal(age, Found(language, line).Age.Text);

    [Theory]
    [InlineData("es", "Provinciales27/10/2025 Redacción", "27/10/2025")]
    [InlineData("es", "Provinciales15 de septiembre de 2023 Redacción SN", "15 de septiembre de 2023")]
    [InlineData("es", "Policiales09/10/2025 NA", "09/10/2025")]
    [InlineData("fr", "QUÉBEC , le 19 déc. 2025 CNW", "le 19 déc. 2025")]
    [InlineData("es", "27/10/2025 EFE", "27/10/2025")]
    [InlineData("es", "5 ene 2017 INÉS QUINTANAR", "5 ene 2017")]
    public void A_byline_or_a_credit_in_capitals_closing_the_line_stands_after_its_date(string language, string line, string age) =>
        Assert.Equal(age, Found(language, line).Age.Text);

    [Theory]
    [InlineData("en", "Chase21:03, 29 September 2017", "2017-09-29T19:02:59.9999999Z 2017-09-29T19:03:59.9999999Z")]
    [InlineData("en", "Beaming (talk)00:30, 7 September 2017", "2017-09-06T22:29:59.9999999Z 2017-09-06T22:30:59.9999999Z")]
    [InlineData("en", "Revision as of 19:31, 9 February 2024 by Ohm (talk | contribs) (link)", "2024-02-09T18:30:59.9999999Z 2024-02-09T18:31:59.9999999Z")]
    public void A_date_takes_the_clock_that_ends_the_part_before_it_as_a_wiki_signs_its_talk(string language, string line, string window) =>
        Assert.Equal(window, FoundWindow(language, line));

    [Theory]
    [InlineData("fr", "Écrit le 09/09/2018 par Julien M.", "2018-09-08T21:59:59.9999999Z 2018-09-09T21:59:59.9999999Z")]
    [InlineData("fr", "vendredi 12 mars 2010 |  2582 visites  | Patrick A.", "2010-03-11T22:59:59.9999999Z 2010-03-12T22:59:59.9999999Z")]
    public void A_writers_initial_closing_a_byline_ends_no_sentence(string language, string line, string window) =>
        Assert.Equal(window, FoundWindow(language, line));

    [Theory]
    [InlineData("it", "Tg news 21 dicembre 2023 - ore 19:45", "2023-12-21T18:44:59.9999999Z 2023-12-21T18:45:59.9999999Z")]
    [InlineData("pt", "31.outubro.23 - terça-feira - 23h50", "2023-10-31T22:49:59.9999999Z 2023-10-31T22:50:59.9999999Z")]
    public void A_stamps_clock_after_a_dash_is_the_stamps_not_a_tickers_headline(string language, string line, string window) =>
        Assert.Equal(window, FoundWindow(language, line));

    [Theory]
    [InlineData("fr", "9 novembre 2015 1 09 /11 /novembre /2015 19:30", "2015-11-09T18:29:59.9999999Z 2015-11-09T18:30:59.9999999Z")]
    [InlineData("fr", "8 mai 2007 2 08 /05 /mai /2007 09:57", "2007-05-08T07:56:59.9999999Z 2007-05-08T07:57:59.9999999Z")]
    public void A_date_printed_again_in_numbers_before_its_clock_is_read_whole_with_the_clock(string language, string line, string window)
    {
        var found = Found(language, line);

        Assert.Equal((0, line.Length), (found.Start, found.Length));
        Assert.Equal(window, Show(found.Age.ToWindow(Clock())));
    }

    [Theory]
    [InlineData("fr", "9 novembre 2015 à Paris 19:30")]
    [InlineData("fr", "9 novembre 2015 1 09 /11 /décembre 19:30")]
    public void Words_or_no_repeated_year_between_a_date_and_a_clock_make_no_repeated_date(string language, string line) =>
        Assert.False(AgeGrammar.For(language).TryFind(line, out var found) && (found.Start, found.Length) == (0, line.Length));

    [Fact]
    public void A_price_after_a_word_is_no_age() =>
        Assert.False(AgeGrammar.For("en").TryFind("Tickets 12 EUR", out _));

    [Theory]
    [InlineData("nl", "Pieter2 (overleg) 14 jul 2014 00:03 (CEST)", "14 jul 2014 00:03 (CEST)")]
    [InlineData("nl", "Wikipedia:Arbitragecommissie/Zaken/ArbCom Kleuske (overleg) 13 jul 2014 20:16 (CEST)", "13 jul 2014 20:16 (CEST)")]
    [InlineData("de", "Brücke (Diskussion) 29. Jun. 2014", "29. Jun. 2014")]
    [InlineData("de", "+1 / meine volle Zustimmung -- Brücke (Diskussion) 18:00, 29. Jun. 2014 (CEST)", "18:00, 29. Jun. 2014 (CEST)")]
    [InlineData("nl", "Natuurlijk wordt een rectificatie ook geaccepteerd. Pieter2 (overleg) 14 jul 2014 00:03 (CEST)", "14 jul 2014 00:03 (CEST)")]
    [InlineData("nl", "Melsaran (overleg) 9 jul 2007 22:34 (CEST)Reageren", "9 jul 2007 22:34 (CEST)")]
    [InlineData("en", "It does not work for 3+ winners. Howard the Duck (talk) 21:21, 1 September 2021 (UTC)[reply]", "21:21, 1 September 2021 (UTC)")]
    public void A_name_with_its_talk_link_in_parentheses_stands_before_its_date_after_the_comment_and_before_a_reply_link(string language, string line, string age) =>
        Assert.Equal(age, FoundTextAsServed(language, line));

    [Theory]
    [InlineData("en", "Jan. 14, 2015 Updated: 4:49 p.m.")]
    [InlineData("en", "September 12, 2018 at 4:47 pm said")]
    public void A_date_is_never_read_without_the_year_printed_after_it(string language, string line) =>
        Assert.False(AgeGrammar.Preferring(language).TryFind(line, out var found) && found.Age is CalendarDateAge { Year: null }, $"'{line}'");

    [Theory]
    [InlineData("en", "COVID19Update")]
    [InlineData("en", "G7Summit opens")]
    public void A_capital_glued_to_a_number_that_ends_no_date_makes_no_age(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("en", "5 points by bsima 38 minutes ago | 11 comments", "38 minutes ago")]
    [InlineData("en", "Posted by u/afeeney 2 days ago", "2 days ago")]
    [InlineData("en", "by econ 441 days ago", "441 days ago")]
    [InlineData("en", "talarasdourian32 5 years ago", "5 years ago")]
    [InlineData("en", "r/NLNieuws Dec 09 '25", "Dec 09 '25")]
    [InlineData("en", "r/NuovaItalia Apr 04 '25", "Apr 04 '25")]
    [InlineData("en", "— PFF CLE Browns (@PFF_Browns) November 15, 2019", "November 15, 2019")]
    [InlineData("en", "Jess Lee for The DEV Team ・ Feb 17", "Feb 17")]
    [InlineData("en", "Ethereum ‧ December 16, 2025", "December 16, 2025")]
    [InlineData("en", "ijsbol commented Dec 18, 2025", "commented Dec 18, 2025")]
    [InlineData("en", "changingtimes wrote: Sat Feb 24, 2024 12:41 pm", "wrote: Sat Feb 24, 2024 12:41 pm")]
    [InlineData("en", "answered Jan 22, 2013 at 22:36", "answered Jan 22, 2013 at 22:36")]
    [InlineData("en", "Peter Palfrader authored 18 years ago", "authored 18 years ago")]
    [InlineData("de", "dieter schrieb am 12.03.2010 um 21:55", "schrieb am 12.03.2010 um 21:55")]
    public void A_user_name_joined_by_a_space_alone_stands_before_a_relative_age_and_a_community_or_a_labelled_doing_before_a_dated_one(string language, string line, string age) =>
        Assert.Equal(age, FoundAsServed(language, line).Age.Text);

    [Theory]
    [InlineData("en", "1 Tami November 7, 2012 at 3:04 AM", "November 7, 2012 at 3:04 AM")]
    [InlineData("en", "3 adele October 23, 2008 at 2:33 pm", "October 23, 2008 at 2:33 pm")]
    [InlineData("nl", "Marianne.1 10 feb 2017 16:35", "10 feb 2017 16:35")]
    public void A_comments_writer_after_its_number_or_under_a_handle_stands_before_a_date_to_the_minute(string language, string line, string age) =>
        Assert.Equal(age, FoundAsServed(language, line).Age.Text);

    [Theory]
    [InlineData("en", "deb May 26, 2016", "May 26, 2016")]
    [InlineData("de", "mh 15. Oktober 2023", "15. Oktober 2023")]
    [InlineData("nl", "pwiggers 15-11-2020", "15-11-2020")]
    [InlineData("it", "diario 18/11/2017", "18/11/2017")]
    public void A_writers_name_opening_the_line_stands_before_a_date_with_its_year(string language, string line, string age) =>
        Assert.Equal(age, FoundAsServed(language, line).Age.Text);

    [Theory]
    [InlineData("en", "(4a4ef493e 2026-03-02)")]
    [InlineData("en", "deb May 26")]
    public void A_word_in_brackets_before_a_date_or_a_name_before_a_date_without_its_year_is_no_age_line(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("de", "In eigener Sache vor 1 Tag", "vor 1 Tag")]
    [InlineData("de", "Update 1 vor 17 m", "vor 17 m")]
    [InlineData("de", "Mehr Kameras sollen die Königstorpassage sicherer machen vor 1 Stunde", "vor 1 Stunde")]
    [InlineData("de", "Braunschweig Annette Schütze: Stadtbüchereien dürfen Sparmaßnahmen nicht zum Opfer fallen vor 5 Jahren", "vor 5 Jahren")]
    public void A_german_age_before_its_count_closing_the_line_is_the_headlines(string language, string line, string age) =>
        Assert.Equal(age, FoundAsServed(language, line).Age.Text);

    [Theory]
    [InlineData("pt", "Decência rarefeita Há 20 horas", "Há 20 horas")]
    [InlineData("fr", "Les pilotes l'ont savouré : le podium de la 88e édition IL Y A 2 HEURES", "IL Y A 2 HEURES")]
    public void An_age_before_its_count_set_apart_by_its_case_closing_the_line_is_the_headlines_in_any_language(string language, string line, string age) =>
        Assert.Equal(age, FoundAsServed(language, line).Age.Text);

    [Theory]
    [InlineData("pt", "Tudo que Há 24 Horas")]
    [InlineData("es", "Noticias de la semana Hace")]
    public void A_titles_capitalised_words_or_an_age_word_alone_closing_the_line_hold_no_age(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("de", "Dieser Beitrag wurde unter Aktuelles veröffentlicht. Setze ein Lesezeichen auf den Permalink.")]
    [InlineData("de", "Heute vor 5 Jahren")]
    [InlineData("de", "Er ist vor 5 Stunden angekommen.")]
    [InlineData("es", "A la mujer, de 62 años, la operaron hace 3 semanas")]
    [InlineData("pt", "As vítimas morreram naquela praça há uma semana")]
    public void An_anniversarys_heading_or_a_sentence_closed_by_an_age_is_no_age_line(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("en", "3 adele October 23")]
    [InlineData("nl", "Marianne.1 10 feb")]
    public void A_comments_writer_before_a_date_without_its_year_and_clock_is_no_age_line(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("en", "This page was last modified on Dec 17, 2025 by MDN contributors.", "This page was last modified on Dec 17, 2025")]
    [InlineData("en", "This page was last edited on 2 March 2026, at 03:23.", "This page was last edited on 2 March 2026, at 03:23")]
    [InlineData("en", "This was published 4 months ago", "This was published 4 months ago")]
    [InlineData("en", "Modified 5 years, 1 month ago", "Modified 5 years, 1 month ago")]
    public void A_pages_sentence_about_its_own_change_is_read_to_its_label_and_date(string language, string line, string age) =>
        Assert.Equal(age, FoundAsServed(language, line).Age.Text);

    [Theory]
    [InlineData("de", "Dieser Beitrag wurde am Freitag, 12. April 2019 um 08:15 Uhr veröffentlicht.", 2019, 4, 12)]
    [InlineData("de", "Dieser Artikel wurde am 3. Mai 2020 von Anna Berger verfasst.", 2020, 5, 3)]
    public void A_pages_sentence_about_its_own_change_may_close_with_its_label(string language, string line, int year, int month, int day) =>
        FoundDate(language, line, (year, month, day));

    [Theory]
    [InlineData("de", "2 mal bearbeitet. Zuletzt am 14.03.2006 09:41 von kuno.", "2006-03-14T08:40:59.9999999Z 2006-03-14T08:41:59.9999999Z")]
    [InlineData("de", "1 mal bearbeitet. Zuletzt am 02.11.2007 18:05 von Jens Albrecht.", "2007-11-02T17:04:59.9999999Z 2007-11-02T17:05:59.9999999Z")]
    [InlineData("en", "Last edit: 3 days 2 hours ago by rowan_k.", "2026-11-25T06:00:00Z 2026-11-25T07:00:00Z")]
    [InlineData("fr", "Publié le 9 mars 2022 par Nicolas.", "2022-03-08T22:59:59.9999999Z 2022-03-09T22:59:59.9999999Z")]
    [InlineData("pt", "Atualizado em 28/01/2024 às 12:01, por Equipe SMO.", "2024-01-28T11:00:59.9999999Z 2024-01-28T11:01:59.9999999Z")]
    public void A_stamp_or_a_forums_edit_closed_by_its_writers_name_and_a_full_stop_is_the_items_time(string language, string line, string window) =>
        Assert.Equal(window, FoundWindow(language, line));

    [Theory]
    [InlineData("en", "The bridge was opened on 12 May 2020 by the mayor.")]
    [InlineData("de", "Die Brücke wurde am 12. Mai 2020 von Anna eröffnet.")]
    public void A_sentence_closed_by_who_did_something_on_a_day_is_no_age_line(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("en", "Last reply was 20 hours ago", "Last reply was 20 hours ago")]
    [InlineData("en", "Last reply was 6 months ago", "Last reply was 6 months ago")]
    [InlineData("en", "Last post: Dec 21, 2025 at 6:49 pm", "Last post: Dec 21, 2025 at 6:49 pm")]
    public void A_forums_last_reply_or_post_labels_the_threads_age(string language, string line, string age) =>
        Assert.Equal(age, FoundAsServed(language, line).Age.Text);

    [Theory]
    [InlineData("en", "« on: November 24, 2012, 04:29:26 PM »", 2012, 11, 24)]
    [InlineData("es", "« Respuesta #20 en: 23 Agosto 2021, 02:58 am »", 2021, 8, 23)]
    public void A_forum_posts_stamp_between_guillemets_is_read_with_its_date(string language, string line, int year, int month, int day) =>
        Assert.NotNull(FoundDate(language, line, (year, month, day)).Clock);

    [Theory]
    [InlineData("en", "Wed Jul 2 03:02:14 BST 2008", 2008, 7, 2)]
    [InlineData("en", "Mon Nov 01 22:01:00 GMT 2010", 2010, 11, 1)]
    [InlineData("en", "Last Updated on Fri Aug 03 12:02:33 CEST 2001.", 2001, 8, 3)]
    public void A_c_librarys_stamp_with_its_year_after_the_clock_and_zone_is_a_date(string language, string line, int year, int month, int day)
    {
        Assert.NotNull(FoundDate(language, line, (year, month, day)).Clock);
        Assert.IsType<ZonedAge>(FoundAsServed(language, line).Age);
    }

    [Theory]
    [InlineData("en", "Posted: Mon, Dec 31 2007. 12:24 AM IST", 2007, 12, 31)]
    [InlineData("en", "Posted: Thursday, April 21, 2022. 10:11 pm CST.", 2022, 4, 21)]
    public void A_full_stop_between_a_dates_year_and_its_clock_keeps_them_one_stamp(string language, string line, int year, int month, int day) =>
        Assert.NotNull(FoundDate(language, line, (year, month, day)).Clock);

    [Fact]
    public void A_full_stop_after_a_dates_year_joins_no_number_but_a_clock() =>
        AssertNoAge("en", "April 21, 2022. 10 people were hurt.");

    [Theory]
    [InlineData("en", "Jul 2 03:02 3000")]
    [InlineData("en", "Jul 2 03:02 1234 views")]
    [InlineData("en", "Feb 29 10:00 2023")]
    public void A_number_after_a_yearless_date_and_its_clock_is_no_year_unless_it_is_one_and_closes_the_line(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("fr", "#1 03-12-2024 13:24:46", 2024, 12, 3)]
    [InlineData("de", "« Antwort #1440 am: 09.07.2025 23:58 »", 2025, 7, 9)]
    [InlineData("en", "Reply #3 on: May 12, 2010, 02:33:22 PM", 2010, 5, 12)]
    public void A_forum_posts_number_before_its_stamp_is_left_out_of_the_age(string language, string line, int year, int month, int day) =>
        Assert.NotNull(FoundDate(language, line, (year, month, day)).Clock);

    [Theory]
    [InlineData("en", "#1 New York Times bestseller")]
    [InlineData("en", "#3 in 2019")]
    [InlineData("en", "Reply #3 on: the topic of fares")]
    public void A_number_after_a_hash_opens_no_age_without_a_date_right_after_it(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("de", "Jan 072014", 2014, 1, 7)]
    [InlineData("de", "Mai 022017", 2017, 5, 2)]
    [InlineData("it", "Feb 262018", 2018, 2, 26)]
    public void A_day_glued_to_its_year_after_a_months_name_is_a_date(string language, string line, int year, int month, int day) =>
        FoundDate(language, line, (year, month, day));

    [Theory]
    [InlineData("de", "26. Jan 2022 Aktuelles", 2022, 1, 26)]
    [InlineData("de", "10. Oktober 2021 0", 2021, 10, 10)]
    [InlineData("de", "5. Juli 2018 read more", 2018, 7, 5)]
    [InlineData("en", "May 06, 2022 News", 2022, 5, 6)]
    [InlineData("pt", "16.03.2018 Lusa", 2018, 3, 16)]
    [InlineData("fr", "14 novembre 2019 Politique", 2019, 11, 14)]
    [InlineData("de", "20.02.2020 Stammtisch", 2020, 2, 20)]
    [InlineData("en", "Posted on November 1, 2012 Comments (0)", 2012, 11, 1)]
    [InlineData("fr", "Mise à jour 06/10/2025 Marketing", 2025, 10, 6)]
    [InlineData("de", "Aktualisiert am 06.10.2025 Politik", 2025, 10, 6)]
    public void A_date_opening_a_list_entry_or_after_its_label_before_a_short_label_is_a_date(string language, string line, int year, int month, int day) =>
        FoundDate(language, line, (year, month, day));

    [Theory]
    [InlineData("en", "June 3, 2021 at 5:32 pm Reply", "June 3, 2021 at 5:32 pm", "2021-06-03T15:31:59.9999999Z 2021-06-03T15:32:59.9999999Z")]
    [InlineData("en", "June 21, 2018 at 7:52 pm Timothy", "June 21, 2018 at 7:52 pm", "2018-06-21T17:51:59.9999999Z 2018-06-21T17:52:59.9999999Z")]
    [InlineData("en", "March 3, 2024 9:15 AM EST Share", "March 3, 2024 9:15 AM EST", "2024-03-03T14:14:59.9999999Z 2024-03-03T14:15:59.9999999Z")]
    [InlineData("en", "Nathalie — December 16, 2021 @ 7:40 am Reply", "December 16, 2021 @ 7:40 am", "2021-12-16T06:39:59.9999999Z 2021-12-16T06:40:59.9999999Z")]
    [InlineData("fr", "Le Magnaud - 09/10/2020 à 01h26 Permalien", "09/10/2020 à 01h26", "2020-10-08T23:25:59.9999999Z 2020-10-08T23:26:59.9999999Z")]
    [InlineData("de", "geschrieben von wScherf am 22. Jan. 2015, 09:43 [ antworten ]", "22. Jan. 2015, 09:43", "2015-01-22T08:42:59.9999999Z 2015-01-22T08:43:59.9999999Z")]
    [InlineData("en", "By Zach Johnson Dec 12, 2016 2:00 PMTags", "Dec 12, 2016 2:00 PM", "2016-12-12T12:59:59.9999999Z 2016-12-12T13:00:59.9999999Z")]
    [InlineData("en", "Dec 12, 2016 2:00PM Tags", "Dec 12, 2016 2:00PM", "2016-12-12T12:59:59.9999999Z 2016-12-12T13:00:59.9999999Z")]
    public void A_stamp_to_the_minute_before_a_short_label_keeps_its_clocks_meridiem_or_zone_and_may_follow_its_writers_name(
        string language, string line, string age, string window) =>
        AssertFoundWithWindow(language, line, age, window);

    [Theory]
    [InlineData("en", "By March 4, 2019 Announcements", "March 4, 2019", "2019-03-03T22:59:59.9999999Z 2019-03-04T22:59:59.9999999Z")]
    [InlineData("en", "By june 2, 2016 9:15 pm Read More →", "june 2, 2016 9:15 pm", "2016-06-02T19:14:59.9999999Z 2016-06-02T19:15:59.9999999Z")]
    public void A_byline_word_whose_name_the_page_left_empty_may_open_a_date_before_a_short_label(string language, string line, string age, string window) =>
        AssertFoundWithWindow(language, line, age, window);

    [Theory]
    [InlineData("en", "By May 1, 2020 applications close")]
    [InlineData("en", "By July 31, 2025 all reports were in")]
    public void A_date_after_by_before_small_words_is_a_deadlines(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("de", "Swantje Bernsmann 11/08/2020 Feelings", "11/08/2020", "2020-08-10T21:59:59.9999999Z 2020-08-11T21:59:59.9999999Z")]
    [InlineData("en", "editor — March 11, 2020 add comment", "March 11, 2020", "2020-03-10T22:59:59.9999999Z 2020-03-11T22:59:59.9999999Z")]
    [InlineData("pt", "Pedro Cavalcanti 06/05/2026 Carnes, aves, peixes", "06/05/2026", "2026-05-05T21:59:59.9999999Z 2026-05-06T21:59:59.9999999Z")]
    [InlineData("en", "ByNicole Gaffney June 3, 2024 Jump to Recipe", "June 3, 2024", "2024-06-02T21:59:59.9999999Z 2024-06-03T21:59:59.9999999Z")]
    public void A_date_after_its_writers_name_before_a_short_label_is_the_entrys_day(string language, string line, string age, string window) =>
        AssertFoundWithWindow(language, line, age, window);

    [Theory]
    [InlineData("en", "Published: Apr 9, 2021 · Modified: Apr 20, 2025 by Kristina Tipps · This post may contain affiliate links for which I earn a small commission.", "Modified: Apr 20, 2025", "2025-04-19T21:59:59.9999999Z 2025-04-20T21:59:59.9999999Z")]
    [InlineData("en", "By Emilie Raffa — December 20, 2017 (Updated December 17, 2022) — This post may contain affiliate links.", "Updated December 17, 2022", "2022-12-16T22:59:59.9999999Z 2022-12-17T22:59:59.9999999Z")]
    public void A_pages_notice_closing_a_meta_line_after_a_separator_leaves_the_stamp_before_it(string language, string line, string age, string window) =>
        AssertFoundWithWindow(language, line, age, window);

    [Theory]
    [InlineData("de", "Ausgabe vom 14.03.2024 Seite 7", "vom 14.03.2024", "2024-03-13T22:59:59.9999999Z 2024-03-14T22:59:59.9999999Z")]
    [InlineData("de", "\"Kreisblatt\" Nr. 9/2019 vom 05.03.2019 Seite: 11", "vom 05.03.2019", "2019-03-04T22:59:59.9999999Z 2019-03-05T22:59:59.9999999Z")]
    [InlineData("de", "Ausgabe vom 11.02.2023 Seite 3 / Inland", "vom 11.02.2023", "2023-02-10T22:59:59.9999999Z 2023-02-11T22:59:59.9999999Z")]
    public void A_press_cuttings_issue_date_before_its_page_is_the_items_day(string language, string line, string age, string window) =>
        AssertFoundWithWindow(language, line, age, window);

    [Theory]
    [InlineData("en", "Ridgeline Posted March 4, 2003 Posted March 4, 2003", "Posted March 4, 2003", "2003-03-03T22:59:59.9999999Z 2003-03-04T22:59:59.9999999Z")]
    [InlineData("en", "January 9, 2025 3:41 PM January 9, 2025 3:41 PM", "January 9, 2025 3:41 PM", "2025-01-09T14:40:59.9999999Z 2025-01-09T14:41:59.9999999Z")]
    [InlineData("nl", "ALMERE • Di 6 maart 2018 | 9:05 • Dinsdag 6 maart 2018 | 9:05", "Di 6 maart 2018 | 9:05", "2018-03-06T08:04:59.9999999Z 2018-03-06T08:05:59.9999999Z")]
    public void A_stamp_printed_twice_is_one_stamp(string language, string line, string age, string window) =>
        AssertFoundWithWindow(language, line, age, window);

    [Theory]
    [InlineData("en", "Posted March 4, 2003 Posted March 5, 2003")]
    [InlineData("en", "January 9, 2025 3:41 PM January 9, 2025 4:10 PM")]
    public void Two_different_stamps_in_a_line_stay_unread(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("de", "3. April 20223. April 2022 by mady", "3. April 2022", "2022-04-02T21:59:59.9999999Z 2022-04-03T21:59:59.9999999Z")]
    [InlineData("de", "Veröffentlicht am 21. April 202121. April 2021 von Karina Meike", "Veröffentlicht am 21. April 2021", "2021-04-20T21:59:59.9999999Z 2021-04-21T21:59:59.9999999Z")]
    [InlineData("en", "February 28, 2025March 29, 2025 Cookies", "March 29, 2025", "2025-03-28T22:59:59.9999999Z 2025-03-29T22:59:59.9999999Z")]
    [InlineData("de", "3. April 20224. Mai 2022 by mady", "4. Mai 2022", "2022-05-03T21:59:59.9999999Z 2022-05-04T21:59:59.9999999Z")]
    public void Of_two_stamps_glued_by_the_first_ones_year_the_later_is_the_items(string language, string line, string age, string window) =>
        AssertFoundWithWindow(language, line, age, window);

    [Theory]
    [InlineData("nl", "10 uur geledenZALTBOMMEL (ANP) - Een zwemmer haalde zaterdag geld op voor onderzoek naar kanker.", "10 uur geleden")]
    [InlineData("en", "By JulieFebruary 15, 2022Recipes, Vegetables", "February 15, 2022")]
    [InlineData("en", "LunchAlexander PachecoApril 25, 2021ChouricoComment", "April 25, 2021")]
    [InlineData("es", "por AlexBenesch13 de febrero de 2020", "13 de febrero de 2020")]
    [InlineData("es", "Nacionales Por: Lavalle31 de enero de 2026", "31 de enero de 2026")]
    [InlineData("fr", "Nadine SonyPar Nadine Sony17 juillet 2025Aucun commentaire16 Minutes de Lecture", "17 juillet 2025")]
    [InlineData("de", "ToVictory vor 6 Stunden in Datenschutz", "vor 6 Stunden")]
    [InlineData("it", "14:36Comune invia per sbaglio centinaia di multe in provincia", "14:36")]
    [InlineData("it", "20:29Calcio: Milan-Juventus 0-2", "20:29")]
    [InlineData("de", "Mai062018", "Mai062018")]
    [InlineData("en", "22Apr12", "22Apr12")]
    [InlineData("es", "Sevillahace 3 días", "hace 3 días")]
    [InlineData("it", "15 giu 202213 min", "15 giu 2022")]
    [InlineData("es", "9/15/20243 min leer", "9/15/2024")]
    [InlineData("fr", "Ressourcesil y a 1 heure", "il y a 1 heure")]
    [InlineData("fr", "Informatiqueil y a 6 ans", "il y a 6 ans")]
    [InlineData("nl", "2024-04-2619:55", "2024-04-2619:55")]
    [InlineData("pt", "Conteúdo atualizado em2024/06/0511:15", "atualizado em2024/06/0511:15")]
    [InlineData("pt", "17SET2020", "17SET2020")]
    [InlineData("pt", "Aviso Meteorológico nº 03/2025 – 27JAN25 09:20", "27JAN25 09:20")]
    public void A_line_a_page_ran_together_from_its_elements_reads_with_a_space_at_each_seam(string language, string line, string age) =>
        Assert.Equal(age, FoundText(language, line));

    [Theory]
    [InlineData("en", "Date of Posting: 11 Feb, 2024", "11 Feb, 2024")]
    [InlineData("en", "Episode released: 23rd June, 2020.", "23rd June, 2020")]
    [InlineData("en", "Dated 20th April, 2020", "20th April, 2020")]
    [InlineData("en", "Rosa 09. Aug, 2012 at 4:27 pm #", "09. Aug, 2012 at 4:27 pm")]
    [InlineData("de", "Datum: 11. Februar, 2024", "11. Februar, 2024")]
    public void A_comma_between_a_days_month_and_its_year_is_inside_the_date_not_between_two_fields(string language, string line, string age) =>
        Assert.Equal(age, FoundText(language, line));

    [Theory]
    [InlineData("de", "Das war zuvor 3 Tage lang geplant")]
    [InlineData("fr", "Le conseil y a 2 sièges depuis les élections")]
    public void A_word_ending_as_a_counts_opener_is_no_seam_unless_a_capitalised_name_runs_into_it(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("en", "Order code 12ABC34")]
    [InlineData("en", "Ref. 3JAN2")]
    [InlineData("nl", "Kenmerk 2024-04-26195")]
    public void A_code_shaped_as_a_run_together_date_is_no_seam(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("es", "por AlexBenesch13 de febrero de 2020", "2020-02-12T22:59:59.9999999Z 2020-02-13T22:59:59.9999999Z")]
    [InlineData("it", "venerdì 31 luglio 2020, 23:05Primo piano", "2020-07-31T21:04:59.9999999Z 2020-07-31T21:05:59.9999999Z")]
    [InlineData("pt", "16 Jan 2026 - 13h35Por Jessica Carvalho R", "2026-01-16T12:34:59.9999999Z 2026-01-16T12:35:59.9999999Z")]
    [InlineData("nl", "10 uur geledenZALTBOMMEL (ANP) - Een zwemmer haalde zaterdag geld op voor onderzoek naar kanker.", "2026-11-27T22:00:00Z 2026-11-27T23:00:00Z")]
    [InlineData("nl", "2024-04-2619:55", "2024-04-26T17:54:59.9999999Z 2024-04-26T17:55:59.9999999Z")]
    [InlineData("pt", "17SET2020", "2020-09-16T21:59:59.9999999Z 2020-09-17T21:59:59.9999999Z")]
    [InlineData("pt", "Aviso Meteorológico nº 03/2025 – 27JAN25 09:20", "2025-01-27T08:19:59.9999999Z 2025-01-27T08:20:59.9999999Z")]
    public void An_age_read_across_a_seam_has_its_own_window(string language, string line, string window) =>
        Assert.Equal(window, FoundWindow(language, line));

    [Theory]
    [InlineData("de", "Aktualisiert: 45 Minuten", "2026-11-28T08:14:00Z 2026-11-28T08:15:00Z")]
    [InlineData("en", "Last updated 4 days", "2026-11-23T09:00:00Z 2026-11-24T09:00:00Z")]
    [InlineData("fr", "En ligne 6 jours", "2026-11-21T09:00:00Z 2026-11-22T09:00:00Z")]
    public void A_label_before_a_count_without_its_ago_says_the_count_goes_back(string language, string line, string window) =>
        Assert.Equal(window, FoundWindow(language, line));

    [Theory]
    [InlineData("es", "Guadalajara, México (14 octubre 2025) .-16:18 hrs", "2025-10-14T14:17:59.9999999Z 2025-10-14T14:18:59.9999999Z")]
    [InlineData("es", "(15 abril 2024) .-09:49 hrs", "2024-04-15T07:48:59.9999999Z 2024-04-15T07:49:59.9999999Z")]
    public void A_datelines_full_stop_and_dash_stands_between_its_date_and_its_clock(string language, string line, string window) =>
        Assert.Equal(window, FoundWindow(language, line));

    [Theory]
    [InlineData("it", "2024 16 Apr circ. n.267 convocazione assemblea sindacale per elezioni CSPI", "2024 16 Apr")]
    [InlineData("it", "2025 28 Mar azioni di sciopero 4 aprile 2025 intera giornata del 4 aprile 2025 proclamato da USB P.I.", "2025 28 Mar")]
    public void A_date_written_year_first_opening_a_line_is_its_lists_stamp_whatever_follows(string language, string line, string age) =>
        Assert.Equal(age, FoundText(language, line));

    [Theory]
    [InlineData("it", "2024 15 anni dopo la fondazione del circolo")]
    [InlineData("en", "2024 12 new members joined the club")]
    public void A_year_and_a_number_opening_a_line_without_a_month_make_no_stamp(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("en", "0355 – Theresa May pulled over for speeding", "0355")]
    [InlineData("en", "0421 – Former Scottish First Minister Alex Salmond loses his seat of Gordon to the Tories.", "0421")]
    [InlineData("en", "2340 – Transfers are still being announced, with West Ham signing a midfielder on loan from Paris St Germain.", "2340")]
    public void A_tickers_clock_without_its_colon_opens_its_entry(string language, string line, string age) =>
        Assert.Equal(age, FoundText(language, line));

    [Fact]
    public void A_tickers_clock_without_its_colon_has_its_minutes_window() =>
        Assert.Equal("2026-11-27T22:39:59.9999999Z 2026-11-27T22:40:59.9999999Z", FoundWindow("en", "2340 – Transfers are still being announced"));

    [Theory]
    [InlineData("en", "1934 – Enrico Fermi published his discovery of neutron-induced radioactivity.")]
    [InlineData("it", "1958 – Nel blu dipinto di blu trionfa a Sanremo")]
    [InlineData("en", "2024 - Pros & Cons Of Using A Travel Agent (Princess)")]
    [InlineData("en", "2375 – The colony ship reaches the outer moons")]
    public void Four_digits_that_may_be_a_year_or_no_clock_open_no_tickers_entry(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("fr", "16 h 04 : La #22 du United Autosports s'impose en LMP2.", "16 h 04", "2026-11-27T15:03:59.9999999Z 2026-11-27T15:04:59.9999999Z")]
    [InlineData("fr", "20 heures 45 : François Fillon votera pour François Fillon", "20 heures 45", "2026-11-27T19:44:59.9999999Z 2026-11-27T19:45:59.9999999Z")]
    public void A_tickers_clock_with_its_hours_word_spaced_opens_its_entry(string language, string line, string age, string window)
    {
        Assert.Equal(age, FoundText(language, line));
        Assert.Equal(window, FoundWindow(language, line));
    }

    [Theory]
    [InlineData("fr", "6 h 38")]
    [InlineData("fr", "Lever du soleil 6 h 38")]
    public void A_clock_with_its_hours_word_spaced_alone_may_be_a_length(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("en", "- Fri, 03 Feb 2023 17:28:39 +1000 - Personal data of thousands exposed in a cyber attack", "Fri, 03 Feb 2023 17:28:39 +1000")]
    [InlineData("en", "Soldier brought home after more than 100 years - Sat, 25 May 2024 14:39:21 EDT", "Sat, 25 May 2024 14:39:21 EDT")]
    [InlineData("en", "Phoenix commit to their stay but call for the league to be postponed By www.example.org Published On :: Sun, 15 Mar 2020 23:36:34 +1100 The championship contenders believe the competition should be suspended", "Sun, 15 Mar 2020 23:36:34 +1100")]
    [InlineData("fr", "La ville est au cœur des mutineries depuis 2017.Wed, 10 Jan 2018 00:14:00 +0100", "Wed, 10 Jan 2018 00:14:00 +0100")]
    [InlineData("en", "<pubDate>Mon, 18 Nov 2019 21:57:43 +0000</pubDate>", "Mon, 18 Nov 2019 21:57:43 +0000")]
    [InlineData("nl", "Van Metro Nieuws · 2026-03-19T14:38:37 · waarom deze bron?", "2026-03-19T14:38:37")]
    [InlineData("it", "il blogultima modifica: 2010-12-12T16:03:14+01:00da", "2010-12-12T16:03:14+01:00")]
    [InlineData("en", "<pubDate>2026-06-29T11:42:17</pubDate>", "2026-06-29T11:42:17")]
    [InlineData("it", "Descrizione Tipo documento Atto normativo Data di pubblicazione Mon Nov 30 15:34:00 CET 2015 Formato pdf Licenze Licenza aperta", "Mon Nov 30 15:34:00 CET 2015")]
    [InlineData("en", "From the newsline (Amateur Radio) to rec.radio.amateur.moderated,rec.radio.amateur.misc,rec.radio.amateur.policy,rec.radio.info on Fri Aug 15 11:32:42 2025", "Fri Aug 15 11:32:42 2025")]
    public void A_machines_stamp_to_the_second_with_its_zone_is_the_items_wherever_it_stands(string language, string line, string age) =>
        Assert.Equal(age, FoundText(language, line));

    [Theory]
    [InlineData("pt", "2020-02-10T18:18:54+00:0010 Fevereiro, 2020|Categories: Ovar|Tags: |", "2020-02-10T18:18:54+00:00")]
    [InlineData("en", "By |2021-03-20T14:11:55+00:00March 20th, 2021|Categories: Interruptions|Tags: , , |", "2021-03-20T14:11:55+00:00")]
    public void A_machines_stamp_beside_the_day_printed_for_readers_gives_the_day_its_clock(string language, string line, string age) =>
        Assert.Equal(age, FoundText(language, line));

    [Fact]
    public void A_machines_stamp_keeps_its_own_zone() =>
        Assert.Equal("2023-02-03T07:27:59.9999999Z 2023-02-03T07:28:59.9999999Z", FoundWindow("en", "- Fri, 03 Feb 2023 17:28:39 +1000 - Personal data exposed"));

    [Theory]
    [InlineData("en", "February 26, 2016 @ 3:29 PM by: Richard Steinecke", 15, 29)]
    [InlineData("en", "February 26, 2016 3:29 PM:", 15, 29)]
    [InlineData("en", "February 26, 2016 3:29 pm Author: Richard", 15, 29)]
    public void A_clocks_meridiem_before_a_colon_is_the_clocks_not_a_fields_label(string language, string line, int hour, int minute) =>
        Assert.Equal(new TimeOnly(hour, minute), FoundDate(language, line, (2016, 2, 26)).Clock);

    [Fact]
    public void A_date_before_a_headline_keeps_its_clocks_dotted_meridiem() =>
        Assert.Equal(new TimeOnly(13, 0), FoundDate("en", "April 18, 2020 1:00 P.M. Office of the Premier", (2020, 4, 18)).Clock);

    [Fact]
    public void A_clock_whose_dotted_meridiem_runs_into_a_writers_name_is_not_read_without_it() =>
        Assert.NotEqual(new TimeOnly(11, 1), FoundDate("es", "03 de mayo de 2025, 11:01 p.m.Gilber Faustino", (2025, 5, 3)).Clock);

    [Theory]
    [InlineData("it", "ieri sera, 19:41", 1, 19, 41)]
    [InlineData("de", "gestern Abend, 20:15", 1, 20, 15)]
    [InlineData("it", "oggi pomeriggio, 12:41", 0, 12, 41)]
    public void A_clock_after_a_named_day_and_its_part_of_the_day_is_that_days(string language, string line, int daysBefore, int hour, int minute)
    {
        var day = Assert.IsType<DayAge>(FoundAsServed(language, line).Age);
        Assert.Equal((daysBefore, new TimeOnly(hour, minute)), (day.DaysBefore, day.Clock));
    }

    [Theory]
    [InlineData("it", "giovedì pomeriggio, 12:19", DayOfWeek.Thursday, 12, 19)]
    [InlineData("en", "by Josh Feldman | 8:38 pm, Wednesday", DayOfWeek.Wednesday, 20, 38)]
    public void A_clock_beside_a_weekday_is_that_weekdays_not_todays(string language, string line, DayOfWeek weekday, int hour, int minute)
    {
        var day = Assert.IsType<DayOfWeekAge>(FoundAsServed(language, line).Age);
        Assert.Equal((weekday, new TimeOnly(hour, minute)), (day.Day, day.Clock));
    }

    [Theory]
    [InlineData("en", "9:49am, EDT", "America/New_York")]
    [InlineData("en", "at 12:19 on January 7, 2008, EST.", "America/New_York")]
    [InlineData("de", "13.12.17, 19:29 Uhr, MEZ", "Etc/GMT-1")]
    public void A_zone_a_comma_sets_apart_at_the_stamps_end_is_its_zone(string language, string line, string zone) =>
        Assert.Equal(zone, Assert.IsType<ZonedAge>(FoundAsServed(language, line).Age).TimeZoneId);

    [Theory]
    [InlineData("en", "Outback police officer wrangles freshwater croc in backyard Posted on Tuesday March 10, 2026", "Posted on Tuesday March 10, 2026")]
    [InlineData("en", "City Halloween Party Library News Posted on October 14, 2024 We will be closing early on October 24th for the party.", "Posted on October 14, 2024")]
    [InlineData("it", "Documento principale Regolamento oneri e monetizzazioni aggiornamento 2016 Pubblicato il 19/02/2021 627 KB", "Pubblicato il 19/02/2021")]
    [InlineData("en", "Lady Hurricanes clinch first ever conference championship with win Published 3:40 pm Sunday, February 19, 2023", "Published 3:40 pm Sunday, February 19, 2023")]
    [InlineData("pt", "Categoria: Esporte e CulturaData de Publicação: 10 de outubro de 2014", "Data de Publicação: 10 de outubro de 2014")]
    public void A_capitalised_label_after_a_titles_words_brings_in_the_items_date_whatever_follows(string language, string line, string age) =>
        Assert.Equal(age, FoundText(language, line));

    [Fact]
    public void Of_a_published_and_an_updated_date_labelled_after_a_title_the_updated_one_is_found() =>
        FoundDate("fr", "AUTRES TEXTES OFFICIELS Dans les textes Publié le : 06.07.2012 Dernière Mise à jour : 07.09.2017 Pour poursuivre la lecture", (2017, 9, 7));

    [Theory]
    [InlineData("en", "The ministry said the report published on March 3, 2024 was incomplete.")]
    [InlineData("en", "© Copyright 1997-2012 Dave Winer. Last update: Friday, June 15, 2012 at 6:27 PM Eastern. Last build: 6/16/2012; 9:03:27 AM.")]
    public void A_label_in_a_sentence_or_in_a_copyright_notice_brings_in_no_date(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("en", "On Fri, 17 Sep 2004 11:04:29 -0400 \"Dick Green\" <dick at example.org> writes:")]
    [InlineData("en", "'server': 'Apache', 'last-modified': 'Wed, 13 Jun 2012 01:33:50 GMT',")]
    [InlineData("en", "© 1996-Thu Dec 15 06:14:35 EST 2016 National Geographic Society.")]
    [InlineData("pt", "Como gerar a nota? <DataEmissao>2013-04-30T08:57:49</DataEmissao> não aceita o formato")]
    public void A_machines_stamp_bringing_in_a_quoted_message_quoted_in_code_in_a_documents_field_or_closing_a_copyright_is_no_age(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("de", "Online seit 7409 Tagen")]
    [InlineData("en", "Last updated 1 min read")]
    [InlineData("en", "4 days")]
    [InlineData("fr", "Durée 6 jours")]
    public void A_count_without_its_ago_after_a_span_word_or_no_label_is_no_age(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("nl", "2 uur geleden AMSTERDAM (ANP) - Bewoners van een flat moesten vannacht hun woning uit na een brand.", "2 uur geleden")]
    [InlineData("en", "15 hours ago- Former Maple Leafs general manager says he is heading south for the winter", "15 hours ago")]
    [InlineData("es", "Hace 22 horas: «El juego saldrá el 15 de mayo para tres consolas»", "Hace 22 horas")]
    [InlineData("en", "23 Hours Ago If You Keep Savings in Your Checking Account, Make These Moves", "23 Hours Ago")]
    [InlineData("en", "2 days agoSouthern Alberta Newspapers Castle Mountain Resort is opening for its 60th season today.", "2 days ago")]
    [InlineData("es", "Seguridad3 días agoUn fallecido tras colisión vehicular en la carretera Zitácuaro-Toluca", "3 días ago")]
    public void A_recent_relative_age_opening_a_headline_or_a_dateline_is_the_entrys(string language, string line, string age) =>
        Assert.Equal(age, FoundText(language, line));

    [Theory]
    [InlineData("de", "Vor 75 Jahren wurde Bonn Hauptstadt")]
    [InlineData("es", "Hace 20 años Lidl prometía que podías llenar un carro con 30 euros")]
    [InlineData("pt", "14h: O Que Importa o Que Interessa x Desimpedidos;")]
    [InlineData("en", "30 years ago Apollo astronauts walked on the moon")]
    [InlineData("nl", "3 weken geleden ben ik als burgemeester begonnen")]
    public void Years_ago_or_a_sentence_opening_a_line_tell_of_a_past_time_and_an_hour_glued_to_its_unit_of_a_slot(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("it", "Roma, 22 gen. (LaPresse) – Termina 2-2 il match tra Bologna e Celtic valido per la settima giornata della prima fase di Europa League.", "22 gen", 1, 22)]
    [InlineData("es", "San Salvador, 20 ene (Prensa Latina) Cerca de 80 ciclistas que participan hoy en el Tour El Salvador 2026 disputarán el tercer tramo.", "20 ene", 1, 20)]
    [InlineData("en", "Nigeria, April 20 -- The anniversary of the abduction was on 14 April; 90 are still missing. Today is another anniversary.", "April 20", 4, 20)]
    [InlineData("en", "LONDON, Sept 28 (Reuters) - The central bank held its rate on Monday, three weeks after it last met.", "Sept 28", 9, 28)]
    [InlineData("de", "Berlin, 20. April (dpa) - Die Bundesregierung hat am Mittwoch ein Paket beschlossen.", "20. April", 4, 20)]
    [InlineData("it", "(ANSA) - ROMA, 22 SET - Il governo ha approvato il decreto sulle bollette nella riunione di ieri.", "22 SET", 9, 22)]
    [InlineData("es", "Madrid, 12 oct (EFE).- Las carreteras de salida de la capital registran retenciones desde primera hora de la mañana.", "12 oct", 10, 12)]
    [InlineData("es", "Tegucigalpa, 31 ago (EFE).- La jornada del torneo local dejó tres empates y una goleada en el estadio nacional.", "31 ago", 8, 31)]
    [InlineData("fr", "QUÉBEC, le 8 déc. /CNW/ - Le ministère informe les usagers de la route de la fermeture du pont pendant la nuit.", "le 8 déc.", 12, 8)]
    [InlineData("en", "TAMPA, Fla., April 29 /PRNewswire/ -- The company announced today that its board approved a quarterly dividend.", "April 29", 4, 29)]
    [InlineData("en", "NAIROBI, Kenya, Feb 26-The county government has closed two markets after the floods of last week.", "Feb 26", 2, 26)]
    public void A_wire_datelines_date_is_the_items_day_whatever_the_text_after_it_holds(string language, string line, string date, int month, int day) =>
        AssertDatelineDate(language, line, date, null, month, day);

    [Theory]
    [InlineData("fr", "Koudougou, 12 mars 2021 (AIB)-Les élèves du lycée provincial ont repris les cours ce lundi matin.", "12 mars 2021", 2021, 3, 12)]
    [InlineData("fr", "NOUMÉA, le 3 janvier 2016- Les pompiers de la ville ont été appelés quatre fois pendant la nuit.", "le 3 janvier 2016", 2016, 1, 3)]
    [InlineData("en", "MOMBASA, Feb 26-The county government has closed two markets after the floods of last week.", "Feb 26", null, 2, 26)]
    [InlineData("fr", "PAPEETE, le 30 décembre 2015. Le yacht n'est pas passé inaperçu sur le front de mer.", "le 30 décembre 2015", 2015, 12, 30)]
    [InlineData("it", "Roma, 1° febbraio 2021. “La riapertura dei musei è stata una boccata di ossigeno per molte famiglie.", "1° febbraio 2021", 2021, 2, 1)]
    [InlineData("it", "PADOVA, 08 marzo 2016 Domenica scorsa sul bacino di Ravenna si è corsa la prima regata regionale.", "08 marzo 2016", 2016, 3, 8)]
    [InlineData("it", "AGI, lunedì 11 maggio 2020 Fase 2: troppi e troppo vicini in piazza", "lunedì 11 maggio 2020", 2020, 5, 11)]
    [InlineData("en", "Kolkata, Jan 15: Sky is the limit for exports into the region, traders said.", "Jan 15", null, 1, 15)]
    [InlineData("en", "Dehradun, 2 Jan: The district magistrate heard complaints from residents at the auditorium.", "2 Jan", null, 1, 2)]
    public void A_datelines_dash_may_touch_its_date_or_the_text_and_a_full_stop_or_a_space_after_its_year_or_a_colon_may_close_it(string language, string line, string date, int? year, int month, int day) =>
        AssertDatelineDate(language, line, date, year, month, day);

    [Theory]
    [InlineData("pt", "Estado SC Estados do Sul pedem ajuda ao Governo Federal contra os efeitos da estiagem 3 de janeiro de 2022 Leia mais", "3 de janeiro de 2022")]
    [InlineData("es", "hace 9 mesesLeer más", "hace 9 meses")]
    [InlineData("nl", "Gemeente opent nieuw zwembad 2 uur geleden Lees meer »", "2 uur geleden")]
    [InlineData("de", "5. Juli 2018 Weiterlesen …", "5. Juli 2018")]
    [InlineData("it", "Dal Sole 24 ore del 21/3/2023 Lascia un commento", "del 21/3/2023")]
    [InlineData("en", "Published in: on June 9, 2011 at 12:05 pm  Leave a Comment", "on June 9, 2011 at 12:05 pm")]
    public void A_teasers_or_a_posts_button_closing_the_line_leaves_its_age_as_without_it(string language, string line, string age) =>
        Assert.Equal(age, FoundText(language, line));

    [Theory]
    [InlineData("en", "Read more")]
    [InlineData("fr", "Le conseil a voté le budget. Lire la suite")]
    public void A_button_alone_or_after_a_sentence_holds_no_age(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("en", "# 15th Dec 2025•", "15th Dec 2025")]
    [InlineData("en", "# Posted 4:15 PM by David Adesnik", "Posted 4:15 PM")]
    [InlineData("fr", "#1 16-09-2022 17:33:00", "16-09-2022 17:33:00")]
    public void A_permalinks_hash_and_a_space_lead_a_stamp_and_a_hash_glued_to_a_number_numbers_a_post(string language, string line, string age) =>
        Assert.Equal(age, FoundText(language, line));

    [Theory]
    [InlineData("es", "25.5 C Mercedes miércoles, febrero 25, 2026")]
    [InlineData("pt", "14.9 C Pombal, PT Quinta-feira, Abril 18, 2024")]
    [InlineData("es", "Miércoles, 14 de octubre de 2020 - Caracas 19.45º")]
    [InlineData("en", "Tuesday, November 13, 2012 — Mostly Cloudy 3°C")]
    [InlineData("es", "• Tarija, BO 28°C 24 de enero de 2026")]
    public void A_date_beside_a_temperature_is_a_headers_weather_and_the_day_of_the_visit(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("it", "Il calciomercato parte il 1° luglio 2024 - 10:30", "il 1° luglio 2024 - 10:30")]
    [InlineData("nl", "24 juli 2018 12:30 | positie 50°42.67’N 001°58.96’W", "24 juli 2018 12:30")]
    public void An_ordinals_or_a_positions_degree_sign_is_no_temperature(string language, string line, string age) =>
        Assert.Equal(age, FoundText(language, line));

    [Fact]
    public void A_temperature_inside_a_paragraph_is_its_texts_and_leaves_the_tickers_stamp_read() =>
        Assert.Equal("AGGIORNAMENTO ORE 20:45", FoundText("it", "AGGIORNAMENTO ORE 20:45 – Già in queste ore il maltempo sta colpendo gran "
            + "parte del Nord. Il fronte freddo è arrivato e provoca i primi temporali nella pianura, mentre a Trieste la temperatura non ha "
            + "mai superato i +21°C dopo il caldo dei giorni scorsi. Altri temporali sono attesi in serata verso il Piemonte."));

    [Theory]
    [InlineData("en", "u/Andrew50000 Aristocracy Oct 10 '20", "Oct 10 '20", 2020, 10, 10)]
    [InlineData("en", "u/Simlah 🇳🇬 Dec 01 '24", "Dec 01 '24", 2024, 12, 1)]
    [InlineData("en", "r/Steam Mar 22 '22 Silver Gold Helpful Wholesome", "Mar 22 '22", 2022, 3, 22)]
    [InlineData("en", "u/deleted Jul 23 '20 edited Aug 03 '20", "edited Aug 03 '20", 2020, 8, 3)]
    [InlineData("en", "Does the program count towards the RAM? If yes, how? – FUZxxl Apr 12 '15 at 14:24", "Apr 12 '15 at 14:24", 2015, 4, 12)]
    public void A_day_with_an_apostrophes_year_is_a_discussions_stamp_after_any_words(string language, string line, string age, int year, int month, int day)
    {
        var found = FoundAsServed(language, line);
        Assert.Equal(age, found.Age.Text);
        Assert.Equal((year, month, day), CompanionDate.Unzoned(found.Age) is CalendarDateAge date ? (date.Year ?? 0, date.Month, date.Day) : default);
    }

    [Theory]
    [InlineData("en", "We met on Oct 10 '20 in the park and talked.")]
    [InlineData("en", "Class of '08 reunion")]
    public void An_apostrophes_year_in_a_sentence_or_without_its_day_is_no_stamp(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("pt", "Atualizado às 10h41 Pelo menos 12 goianos de Rio Verde estavam no barco-hotel que afundou", "Atualizado às 10h41")]
    [InlineData("en", "Updated at 3:35 p.m. PT with additional comments from the company's chief.", "Updated at 3:35 p.m. PT")]
    [InlineData("en", "Posted at 9:50 pm, October 15, 2025", "Posted at 9:50 pm, October 15, 2025")]
    [InlineData("en", "Updated 7:12 am PDT, Wednesday, May 6, 2020", "Updated 7:12 am PDT, Wednesday, May 6, 2020")]
    public void A_labelled_clock_opening_the_items_text_is_its_time_and_a_date_after_it_belongs_to_the_stamp(string language, string line, string age) =>
        Assert.Equal(age, FoundText(language, line));

    [Theory]
    [InlineData("en", "NAIVASHA JUNE 9, 2017 (CISA) – The bishop has called on drivers to take care on the busy road.", "JUNE 9, 2017", 2017, 6, 9)]
    [InlineData("it", "PIOMBINO 2 maggio 2016 — Mercoledì si terrà un incontro pubblico nella saletta del comune.", "2 maggio 2016", 2016, 5, 2)]
    [InlineData("pt", "Brasília (15/10) – O pedido de ingresso formulado pela entidade foi aceito pelo tribunal.", "15/10", null, 10, 15)]
    [InlineData("de", "Axel Schaper (20. Mai 2008). Auf Leserreise durch die Bibliotheken der Stadt.", "20. Mai 2008", 2008, 5, 20)]
    [InlineData("es", "Toronto (Canadá), 9 sep (EFE).- Las autoridades dijeron hoy que no pueden confirmar el refugio.", "9 sep", null, 9, 9)]
    [InlineData("en", "GOLD COAST (Australia), December 30: The fifth seed reached round two of the championships.", "December 30", null, 12, 30)]
    [InlineData("en", "Islamabad [Pakistan], September 8 (ANI): The administration will block routes into the capital by midnight.", "September 8", null, 9, 8)]
    public void A_datelines_place_in_capitals_may_stand_before_its_dated_year_without_a_comma_its_date_in_brackets_or_its_country_after_it(string language, string line, string date, int? year, int month, int day) =>
        AssertDatelineDate(language, line, date, year, month, day);

    [Theory]
    [InlineData("en", "President leaves for France, Italy and Vatican City MANILA, Nov. 30 -- The President and the delegation flew out on Sunday.", "Nov. 30", null, 11, 30)]
    [InlineData("it", "Coronavirus, gli agricoltori: non abbassare la guardia 1PERUGIA, 27 febbraio 2020  – Ridurre il disagio delle imprese.", "27 febbraio 2020", 2020, 2, 27)]
    [InlineData("en", "Retrieved on: Tuesday, November 9, 2021 HONG KONG, Nov 9, 2021 - (ACN Newswire) - The company says it won the funding.", "Nov 9, 2021", 2021, 11, 9)]
    public void A_dateline_whose_place_is_in_capitals_may_follow_a_headline_or_a_caption_run_into_it(string language, string line, string date, int? year, int month, int day) =>
        AssertDatelineDate(language, line, date, year, month, day);

    [Theory]
    [InlineData("en", "A typical dateline looks like this: NEW YORK, March 27, 2026 — followed immediately by the opening sentence.")]
    [InlineData("en", "The storm hit the coast Friday Paris, 12 March 2024 - the city was dark.")]
    public void A_dateline_in_an_examples_sentence_or_with_its_place_not_in_capitals_after_other_words_is_none(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("en", "BEFORE DECEMBER 15, 2025 (THE LEAD PLAINTIFF DEADLINE) TO PARTICIPATE IN THE LAWSUIT.")]
    [InlineData("it", "CICLOGIRO 2003 - Partenza il 21 giugno dalla piazza del paese")]
    public void Capitals_before_a_date_and_a_bracket_of_many_words_or_a_year_alone_are_no_dateline(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("fr", "Dupont, Jean-Pierre a présenté le budget de la commune aux habitants.")]
    [InlineData("en", "Smith, Jr-The mayor spoke to the council about the budget.")]
    [InlineData("en", "Lee Miller, Tate Britain, October 2, 2025 – February 15, 2026")]
    public void A_hyphen_after_a_name_and_a_comma_or_a_span_of_dates_is_no_datelines_dash(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("it", "Roma, 1° febbraio Domenica scorsa si è corsa la regata.")]
    [InlineData("en", "Smith, 2015 Annual Report Summary")]
    [InlineData("en", "Daily menu, August 18: delightful homemade biscuits and a sweet banana bread")]
    [InlineData("pt", "(NO MESMO DIA, 24/01/2007) Muito se tem falado do assunto nos jornais.")]
    public void A_dateline_without_a_whole_date_or_a_capital_after_its_colon_and_a_bracket_of_more_than_a_date_hold_no_age(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("de", "(vgl. Urteil vom 3. März 1995 – 4 C 12.93 –)")]
    [InlineData("de", "Ministerialerlass vom 14. Mai")]
    [InlineData("it", "Tribunale di Milano, Sentenza n. 4512 del 12/05/2021")]
    [InlineData("fr", "Audience publique du 4 mars 2020")]
    [InlineData("pt", "DECRETO N. 10.123, DE 2 DE JUNHO DE 2020")]
    [InlineData("es", "Decreto Nº 45 del 3 de marzo de 2020")]
    [InlineData("en", "Ruling of 7 June 2019")]
    public void A_date_a_ruling_or_a_decree_brings_in_is_the_acts_day_no_age(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("en", "this Friday, October 3rd")]
    [InlineData("pt", "neste sábado (14 de março)")]
    [InlineData("pt", "As inscrições serão abertas nesta segunda-feira, 9 de junho")]
    [InlineData("fr", "ce vendredi 7 mars")]
    [InlineData("en", "In this Monday, March 2, 2020, photo,")]
    public void A_weekday_a_demonstrative_points_to_is_no_stamp(string language, string line) =>
        AssertNoAge(language, line);

    [Fact]
    public void A_press_cuttings_day_after_a_demonstrative_stays_the_papers()
    {
        var age = Assert.IsType<CalendarDateAge>(FoundAsServed("fr", "article dans la montagne ce mardi 4 mai").Age);
        Assert.Equal((null, 5, 4), (age.Year, age.Month, age.Day));
    }

    [Theory]
    [InlineData("de", "Müller, Hans: Die Chronik der Stadt. Online-Ausgabe, abgerufen am 12.04.2022")]
    [InlineData("pt", "Professor aposentado. Nascido a 4 de março de 1931")]
    [InlineData("es", "Club de ajedrez del barrio. Fundado el 2 de mayo de 1950.")]
    [InlineData("en", "Spring sale on all garden tools, valid until June 30, 2026")]
    [InlineData("en", "This Internet-Draft will expire on 15 December 2014.")]
    [InlineData("en", "Membership expired on 3 May 2020")]
    [InlineData("nl", "Oud-burgemeester van het dorp, geboren op 3 juni 1948")]
    [InlineData("fr", "Fiche du musée, dernière consultation le 3 mars 2019")]
    [InlineData("es", "Ref.: Consulta de fecha 4 de mayo de 2010")]
    [InlineData("it", "Archivio storico comunale, data di consultazione 12 aprile 2018")]
    [InlineData("fr", "INSCRIPTIONS AU COURS PRATIQUE OUVERTES JUSQU'AU 15 MARS 2022")]
    [InlineData("fr", "Jusqu’à 30 juin 2021 | Paris")]
    public void A_date_after_a_range_word_inside_the_line_is_no_age(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("pt", "Fundada a 3 de Maio de 1972")]
    [InlineData("es", "Nacida el 9 de enero de 1940")]
    [InlineData("de", "Erika Muster, verstorben am 04.02.2021")]
    [InlineData("en", "Closing Date:Friday, 14 March 2025")]
    [InlineData("es", "Beca de investigación – Límite 15/09/2021")]
    [InlineData("fr", "Date limite : 30 juin 2024")]
    [InlineData("es", "Fecha entrega: 20/10/2016")]
    public void A_lifes_a_foundings_or_a_deadlines_date_in_any_of_its_forms_is_no_age(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("nl", "Inwerkingtreding : 01-07-1995")]
    [InlineData("de", "Inkrafttreten: 01.01.2021")]
    [InlineData("it", "Entrata in vigore: 15/03/2022")]
    [InlineData("pt", "Entrada em vigor: 02/05/2023")]
    [InlineData("es", "Entrada en vigor: 1 de marzo de 2024")]
    public void The_day_a_law_or_a_rule_comes_into_force_is_no_age(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("it", "Online dal: 12/09/2022", "Online dal: 12/09/2022")]
    [InlineData("en", "Story online since March 4th 2011, 9:30", "online since March 4th 2011, 9:30")]
    [InlineData("fr", "En ligne depuis le 5 juin 2019", "En ligne depuis le 5 juin 2019")]
    [InlineData("nl", "Online sinds 8 mei 2020", "Online sinds 8 mei 2020")]
    [InlineData("pt", "Online desde 21/04/2021", "Online desde 21/04/2021")]
    public void Online_since_in_any_language_labels_the_entrys_date(string language, string line, string age) =>
        Assert.Equal(age, Found(language, line).Age.Text);

    [Theory]
    [InlineData("de", "Beschluss verkündet am 12.03.2019", 2019, 3, 12)]
    [InlineData("pt", "Data do Acórdão: 24/03/2020", 2020, 3, 24)]
    [InlineData("de", "Pressemitteilung vom 13.11.2024", 2024, 11, 13)]
    public void A_rulings_day_after_on_or_a_labels_colon_and_a_notices_day_stay_the_entrys(string language, string line, int year, int month, int day)
    {
        var age = Assert.IsType<CalendarDateAge>(FoundAsServed(language, line).Age);
        Assert.Equal((year, month, day), (age.Year, age.Month, age.Day));
    }

    [Theory]
    [InlineData("en", "Wednesday, 12 July, 2017 - 14:12", "Wednesday, 12 July, 2017 - 14:12")]
    [InlineData("de", "Mittwoch, 16. April 2025 - 14:55", "Mittwoch, 16. April 2025 - 14:55")]
    [InlineData("en", "Thu., January 08, 2026, 2:00 p.m. - The board meets in the town hall to vote on the budget.", "Thu., January 08, 2026, 2:00 p.m.")]
    public void A_weekday_before_a_date_is_no_datelines_place(string language, string line, string stamp) =>
        Assert.Equal(stamp, FoundTextAsServed(language, line));

    [Fact]
    public void A_weekday_opening_a_date_is_no_writers_name() =>
        AssertNoAge("en", "Tuesday, January 15, 2008 Weather: Hi: 7°C / Lw: 4°C");

    [Theory]
    [InlineData("en", "'server': 'Apache', 'last-modified': 'Wed, 13 Jun 2012 01:33:50 GMT',")]
    public void A_zone_closing_a_quoted_field_is_not_left_out_of_the_clock(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("en", "By Patrick Coffee on Aug. 1, 2014 - 12:45 PMComment", "on Aug. 1, 2014", "2014-08-01T10:44:59.9999999Z 2014-08-01T10:45:59.9999999Z")]
    [InlineData("es", "23/09/2019 - 00:10 Interior", "23/09/2019", "2019-09-22T22:09:59.9999999Z 2019-09-22T22:10:59.9999999Z")]
    [InlineData("en", "Dhruv Bhutani on August 9, 2012 – 7:37 pmNo Comment", "on August 9, 2012", "2012-08-09T17:36:59.9999999Z 2012-08-09T17:37:59.9999999Z")]
    public void A_date_takes_the_clock_that_opens_the_part_after_it_before_a_short_label(string language, string line, string age, string window) =>
        AssertFoundWithWindow(language, line, age, window);

    [Theory]
    [InlineData("nl", "Op zondag 13 oktober 2024 zijn er verkiezingen")]
    [InlineData("en", "2018.04.05 ~ OPEN RUN")]
    [InlineData("en", "28 Apr 39 days left")]
    [InlineData("de", "3. Mai 2024 Treffen 12.05.2024")]
    public void A_date_before_more_words_a_second_date_or_a_span_or_after_a_word_is_no_list_entrys_date(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("en", "IwonaMay 30, 2019 at 1:06 PM", 2019, 5, 30)]
    [InlineData("en", "By Shaun PrescottMarch 17, 2024", 2024, 3, 17)]
    [InlineData("en", "Shana Nys DambrotNovember 6, 2023", 2023, 11, 6)]
    public void A_name_glued_to_the_months_name_of_a_date_with_its_year_is_left_out_of_it(string language, string line, int year, int month, int day) =>
        FoundDate(language, line, (year, month, day));

    [Theory]
    [InlineData("en", "TheMay 2019 issue")]
    [InlineData("en", "DonMay")]
    public void A_months_name_glued_to_a_word_opens_no_date_without_its_day_and_year(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("es", "27 Sábado Feb 2021", 2021, 2, 27)]
    [InlineData("de", "31 Donnerstag Okt 2019", 2019, 10, 31)]
    [InlineData("es", "20 Mar 2018 a las 22:19", 2018, 3, 20)]
    public void A_weekday_between_the_day_and_the_months_name_is_left_out_of_the_date(string language, string line, int year, int month, int day) =>
        FoundDate(language, line, (year, month, day));

    [Theory]
    [InlineData("de", "27.August 2016", 2016, 8, 27)]
    [InlineData("de", "Nachricht vom 04.Oktober 2017", 2017, 10, 4)]
    [InlineData("de", "Verfasst: Mo 22.Jan 2007 1:05", 2007, 1, 22)]
    public void A_months_name_glued_to_the_days_full_stop_is_part_of_the_date(string language, string line, int year, int month, int day) =>
        FoundDate(language, line, (year, month, day));

    [Theory]
    [InlineData("de", "3.Liga 2016")]
    [InlineData("de", "1.FC Köln")]
    [InlineData("en", "2nd place")]
    public void A_word_glued_to_a_dotted_number_that_is_no_months_name_opens_no_date(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("de", "Hamburg, den 02. Dezember 2022", 2022, 12, 2)]
    [InlineData("de", "Riegelsberg, den 09. September 2021", 2021, 9, 9)]
    [InlineData("de", "Montag, den 5. Mai 2020", 2020, 5, 5)]
    public void Den_after_a_letters_place_or_weekday_brings_in_its_date(string language, string line, int year, int month, int day) =>
        FoundDate(language, line, (year, month, day));

    [Theory]
    [InlineData("de", "Am Donnerstag, den 29. September 2016 um 19:00 Uhr lädt die Polizei zu einem Infoabend ein.")]
    [InlineData("de", "Hohenaspe den 30.4. gegen 9 Uhr")]
    [InlineData("de", "für den 3. Platz")]
    public void Den_before_a_date_inside_a_sentence_or_before_a_number_opens_no_age(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("de", "Online seit heute, 7.57 Uhr", 0, 7, 57)]
    [InlineData("de", "Folge von heute, 7:00 Uhr", 0, 7, 0)]
    [InlineData("es", "Por thrazz el Hoy, 20:21", 0, 20, 21)]
    [InlineData("de", "Online gestern, 7.57 Uhr", 1, 7, 57)]
    public void A_clock_after_a_named_day_ending_the_part_before_it_is_that_days(string language, string line, int daysBefore, int hour, int minute)
    {
        var age = Assert.IsType<DayAge>(FoundAsServed(language, line).Age);

        Assert.Equal(daysBefore, age.DaysBefore);
        Assert.Equal(new TimeOnly(hour, minute), age.Clock);
    }

    [Fact]
    public void A_clock_after_a_part_that_ends_in_no_named_day_stays_a_clock_alone() =>
        Assert.IsType<ClockTimeAge>(FoundAsServed("de", "Online seit Montag früh, 7.57 Uhr").Age);

    [Fact]
    public void A_date_before_forty_categories_is_read_once_per_category()
    {
        var line = "Posted by Jane Smith on October 24, 2012 " + string.Join(' ', Enumerable.Range(0, 40).Select(i => $"in Topic{i} and"));

        Assert.Equal("on October 24, 2012", FoundTextAsServed("en", line));
    }

    [Theory]
    [InlineData("en", "The festival began on October 24, 2012 in Berlin, Germany")]
    [InlineData("en", "Berlin on October 24, 2012 in Berlin, Germany")]
    [InlineData("en", "It happened on October 29, 2012, he said...")]
    public void A_date_before_its_categories_needs_a_label_or_a_writers_name_before_it(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("de", "Bestellnummer 262018")]
    [InlineData("de", "Mai 322017")]
    [InlineData("de", "Mai 2620189")]
    public void Six_digits_after_a_word_are_a_day_and_a_year_only_after_a_months_name_and_as_a_day_and_a_year(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("it", "2025 16 Dic", 2025, 12, 16)]
    [InlineData("it", "2023 04 Set", 2023, 9, 4)]
    public void A_year_before_a_day_and_a_months_name_closing_the_line_is_a_date(string language, string line, int year, int month, int day) =>
        FoundDate(language, line, (year, month, day));

    [Theory]
    [InlineData("it", "2023 04 Set 2024")]
    [InlineData("it", "2023 04")]
    public void A_year_before_a_day_needs_the_months_name_and_no_number_after_it(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("es", "01 de noviembre.", "01 de noviembre")]
    [InlineData("es", "Domingo 29 de abril.", "Domingo 29 de abril")]
    [InlineData("en", "1 hour, 27 minutes ago.", "1 hour, 27 minutes ago")]
    public void A_line_wholly_a_date_or_a_relative_age_keeps_its_age_before_a_closing_stop(string language, string line, string age) =>
        Assert.Equal(age, FoundAsServed(language, line).Age.Text);

    [Theory]
    [InlineData("es", "Hoy.")]
    [InlineData("en", "Monday.")]
    [InlineData("en", "He came in March.")]
    public void A_word_of_the_day_or_a_sentence_closed_by_a_stop_is_no_age_line(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("en", "Wish me luck on my journey. 13 hours ago", "13 hours ago")]
    [InlineData("en", "Gold and bronze in the horse dancing!!! 5 hours ago", "5 hours ago")]
    [InlineData("en", "Tomorrow’s Recipes! Oct 26, 2012", "Oct 26, 2012")]
    [InlineData("en", "Continue reading... 19th January 2026 12:16", "19th January 2026 12:16")]
    [InlineData("es", "Juan Rodríguez Garat. el debate. 30 Agosto 2025", "30 Agosto 2025")]
    public void An_age_that_ends_in_itself_after_a_sentences_stop_closes_the_line(string language, string line, string age) =>
        Assert.Equal(age, FoundAsServed(language, line).Age.Text);

    [Theory]
    [InlineData("en", "The fire started. Two hours later it was out.")]
    [InlineData("en", "The crew rested. 5 hours")]
    [InlineData("en", "Doors open at seven. 19:30")]
    public void After_a_sentences_stop_only_a_whole_age_that_ends_in_itself_is_read(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("en", "the report was published Dec 18, 2025")]
    [InlineData("en", "He wrote 3 days ago that the plan was dead")]
    [InlineData("en", "The minister answered on Monday")]
    public void A_doing_told_in_a_sentence_makes_no_age(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("de", "vor 5 Stunden in Aktuelles", "vor 5 Stunden")]
    [InlineData("nl", "29 mei 2018 in Geen onderdeel van een categorie", "29 mei 2018")]
    [InlineData("de", "Geschrieben am 15. April 2025 in Nachrichten", "am 15. April 2025")]
    [InlineData("de", "erstellt: 01. April 2025, 15:25 in: Gesellschaft | Kommentare : 0", "erstellt: 01. April 2025, 15:25")]
    public void A_section_brought_in_after_the_age_is_left_out_of_it(string language, string line, string age) =>
        Assert.Equal(age, FoundAsServed(language, line).Age.Text);

    [Theory]
    [InlineData("it", "23:45 - Gasperini non nasconde la delusione al termine della sconfitta interna dell'Atalanta contro il Como", "23:45")]
    [InlineData("de", "20:55 Uhr - Einen Nachtrag müssen wir noch liefern.", "20:55 Uhr")]
    [InlineData("de", "14:01 Uhr | Bei Groß Jamno: Zwei Verletzte bei schwerem Autounfall", "14:01 Uhr")]
    [InlineData("nl", "17-11-2020: Maatregelen blijven nodig om elkaar te beschermen", "17-11-2020")]
    [InlineData("de", "Update, 22.16 Uhr - Dritte Evakuierungsmaschine mit 139 Menschen in Kabul gestartet", "22.16 Uhr")]
    [InlineData("de", "[17h49] BTW: Mainz hat sich nach dem 4:1-Sieg gegen Cottbus aus der Abstiegszone gebracht.", "17h49")]
    [InlineData("nl", "[19:32u] Opkomst 60%", "19:32u")]
    [InlineData("en", "Saturday 10:30 am - There is a power outage in areas Worcester Park.", "Saturday 10:30 am")]
    [InlineData("de", "Montag, 14:00 Uhr, Update: Das Endergebnis steht fest.", "Montag, 14:00 Uhr")]
    [InlineData("es", "Manabí | 20:12 Un guardia fue asesinado de cinco tiros en la cabeza", "20:12")]
    [InlineData("de", "Memmingen/Unterallgäu | 11.07.2019: Der Busverkehr soll stark verbessert werden.", "11.07.2019")]
    [InlineData("en", "(Updated 7:00 p.m.) Interstate Bridge crash now cleared, Route 60 back on its regular route.", "Updated 7:00 p.m")]
    [InlineData("de", "(LiVa, 28.11.2025) In den kommenden Jahren muss sich die Gemeinde auf Verluste einstellen.", "28.11.2025")]
    [InlineData("de", "+++22.25 Uhr+++ Damit verabschieden wir uns für den heutigen Sonntagabend.", "22.25 Uhr")]
    [InlineData("de", "+++ 06:05 RKI meldet 20.200 Neuinfektionen +++", "06:05")]
    [InlineData("de", "+++ 22.01 Uhr +++ Die Wahlbeteiligung in der Stadt lag heute bei 69,63 %", "22.01 Uhr")]
    [InlineData("es", "21:30 El PP exige la dimisión de José Manuel Franco", "21:30")]
    [InlineData("it", "23:36 Il Latina Calcio 1932 è lieto di annunciare", "23:36")]
    [InlineData("it", "Ore 18.45 Genova, già 200 gli interventi dei Vigili del Fuoco.", "Ore 18.45")]
    [InlineData("it", "Ore 23.45 Il Consiglio comunale va avanti da quasi quattro ore.", "Ore 23.45")]
    [InlineData("de", "19.06 Uhr: Nach einem heißen Sommertag mit Temperaturen bis zu 31 Grad werden am Donnerstagabend starke Gewitter im Norden erwartet, es bestehe große Gefahr durch Hagel und Sturmböen.", "19.06 Uhr")]
    [InlineData("it", "22:53 Siamo giunti al termine della diretta testuale di Turchia-Italia. Restate collegati per le pagelle e per i servizi del dopo partita.", "22:53")]
    [InlineData("de", "13:39 Uhr Bei Unwettern der Stufe drei warnt der Wetterdienst grundsätzlich vor örtlichem Blitzschlag, und wer draußen ist, sollte Schutz suchen.", "13:39 Uhr")]
    [InlineData("en", "3:29 p.m. State will get funds from Office of Homeland Security", "3:29 p.m")]
    [InlineData("en", "6:33 p.m. — Trump is projected to win West Virginia, another 5 electoral votes, and the two candidates remain nearly neck-and-neck in Florida with most of the vote counted.", "6:33 p.m")]
    public void A_clock_or_a_dated_day_opening_a_ticker_line_is_its_time_however_long_the_headline(string language, string line, string age) =>
        Assert.Equal(age, FoundAsServed(language, line).Age.Text);

    [Theory]
    [InlineData("nl", "(00:47) Deze week neemt onze vaste recensent ons mee naar de bergen van Guizhou.")]
    [InlineData("pt", "(NO MESMO DIA, 24/01/2007) Muito se tem falado, ultimamente, das fontes de informação dos jornalistas.")]
    public void A_time_code_or_a_captions_words_in_a_bracket_opening_a_paragraph_is_no_stamp(string language, string line) =>
        Assert.False(
            AgeGrammar.Preferring(language).TryFind(line, out var found) && line.AsSpan(0, found.Start).Trim().IsEmpty,
            $"'{line}' opens with no stamp.");

    [Theory]
    [InlineData("es", "29/12/2025.- El Gobierno decretó que el viernes siguiente sea jornada no laborable en todo el país.", "29/12/2025")]
    [InlineData("es", "05 noviembre 2016.- En el marco de la semana cultural, el colegio abrió sus puertas a las familias.", "05 noviembre 2016")]
    [InlineData("es", "(2012-06-14).- Mañana viernes 15 comienzan las fiestas patronales del pueblo.", "2012-06-14")]
    public void A_full_stop_and_dash_after_a_dated_day_close_a_tickers_stamp(string language, string line, string age) =>
        Assert.Equal(age, FoundAsServed(language, line).Age.Text);

    [Theory]
    [InlineData("es", "CARACAS.- La diócesis informó que este sábado 26 de abril se celebrará una misa especial.")]
    [InlineData("es", "ARTÍCULO 1°.- Modifíquese la ordenanza promulgada el 30 de marzo de 2014 en todos sus términos.")]
    [InlineData("es", "3 de mayo.- fuente de la agencia")]
    public void A_full_stop_and_dash_after_no_dated_stamp_bring_in_no_age(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("de", "18:33 Die Gäste reisen als Tabellenzehnter an und haben ihre letzten beiden Spiele deutlich gewonnen, zuhause mit 31:24 und auswärts mit 27:26 nach einer starken Aufholjagd.", "18:33")]
    [InlineData("de", "20:55 Uhr - SATZGEWINN NORRIE - Beim Stand von 40:30 serviert er zweimal stark und holt sich den zweiten Durchgang, der Gegner wirkt nach der langen Partie müde.", "20:55 Uhr")]
    public void A_tickers_score_no_clock_can_show_is_no_second_time(string language, string line, string age) =>
        Assert.Equal(age, FoundAsServed(language, line).Age.Text);

    [Theory]
    [InlineData("en", "00:10 / 56:20")]
    [InlineData("de", "18:33 Die Gäste reisen an, Anpfiff ist um 19:00 Uhr, und die Halle wird nach dem Spiel gegen 21:15 Uhr wieder geöffnet für alle Zuschauer, die noch bleiben wollen.")]
    public void A_length_beside_a_clock_or_a_second_time_of_day_keeps_a_line_unread(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("de", "21.15: 30 Minuten ohne ein neues Wort vom Trainer. Wir verabschieden uns für heute und melden uns morgen früh wieder mit allen Nachrichten aus dem Verein.", "21.15")]
    [InlineData("pt", "22h40 – 12 minutos de desfile da escola e a bateria ainda não chegou à frente do primeiro jurado, que espera no recuo da avenida com a comissão de harmonia.", "22h40")]
    public void A_tickers_headline_may_open_with_a_count(string language, string line, string age) =>
        Assert.Equal(age, FoundAsServed(language, line).Age.Text);

    [Theory]
    [InlineData("de", "16:04 - 17 Uhr Sendung mit vielen Gästen aus der Region, die über ihre Arbeit im Verein, ihre Familien und ihre Pläne für das kommende Jahr erzählen werden.")]
    public void A_programme_slots_end_is_no_tickers_headline_however_long_the_line(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("de", "18:00 Uhr, die Wahllokale schließen. Und schon kommen übers Fernsehen die ersten Prognosen der Sender, die wir hier für unsere Leserinnen und Leser gleich zusammenfassen:")]
    [InlineData("fr", "22h11. Nous butons sur la dernière côte avant le col, et la pluie se met à tomber si fort que nous devons nous abriter sous un auvent pendant une bonne demi-heure.")]
    public void A_clock_opening_a_long_paragraph_without_a_tickers_stop_after_it_is_no_age(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("es", "/ jueves 2 de abril de 2020", "jueves 2 de abril de 2020")]
    [InlineData("en", "/ 10 h ago", "10 h ago")]
    public void A_slash_before_an_age_is_decoration(string language, string line, string age) =>
        Assert.Equal(age, Found(language, line).Age.Text);

    [Theory]
    [InlineData("nl", "Sport | Meer nieuws")]
    [InlineData("it", "Domenica 19.09.2021 alle ore 20:00 in Piazza Margherita, il Sindaco terrà un pubblico comizio")]
    [InlineData("de", "Vor 50 Jahren: Attentat auf Dutschke")]
    [InlineData("de", "+++ Der Deutschland-Ticker +++")]
    [InlineData("nl", "Drie jaar geleden: Max Verstappen debuteert in de F1")]
    [InlineData("de", "Geboren 12.03.1950")]
    [InlineData("nl", "Video 3 min")]
    [InlineData("nl", "Ajax 2")]
    [InlineData("pt", "Horário: 1h")]
    [InlineData("fr", "Inscrit le: 26 Fév 2010")]
    [InlineData("nl", "Leestijd: 5 min")]
    [InlineData("en", "Windows10")]
    [InlineData("fr", "8/12")]
    [InlineData("nl", "Het bedrijf werd 20 jaar geleden")]
    [InlineData("nl", "Hij kwam 2 uur geleden aan")]
    [InlineData("nl", "De vergadering begint om 14.00 uur")]
    [InlineData("nl", "Sport | Het kabinet viel 2 uur geleden.")]
    [InlineData("nl", "Het gebeurde om 14.00.")]
    [InlineData("nl", "De brand begon in 2020.")]
    [InlineData("pt", "Desde 02/06/2003")]
    [InlineData("de", "abgerufen am 15. September 2024")]
    [InlineData("en", "Retrieved 14 April 2025")]
    [InlineData("fr", "Consulté le 3 mars 2024")]
    [InlineData("en", "The last post was about the war")]
    [InlineData("de", "Das neue Heft erscheint am 30. März")]
    [InlineData("it", "Sanremo fa il pieno di ascolti nella serata del venerdì")]
    [InlineData("en", "Thousands of people left the town on Saturday, officials say")]
    [InlineData("de", "Der Jackpot mit 2 Mio. Euro wartet am Mittwoch")]
    [InlineData("en", "on Friday, 21 March")]
    [InlineData("en", "on Tuesday, March 10, at 7 p.m.")]
    [InlineData("es", "el domingo 19 de octubre")]
    [InlineData("fr", "si No Billag devait être acceptée le 4 mars")]
    [InlineData("en", "The tariffs are set to take effect on March 12")]
    [InlineData("es", "del 27 al 4 de noviembre")]
    [InlineData("de", "16:04 - 17:00 Uhr")]
    [InlineData("it", "Lunedì-sabato: 8.30, 12, 14.55, 18.30 e 20.30")]
    [InlineData("de", "(Mo.-Sa.: 8:00 – 20:00 Uhr)")]
    [InlineData("en", "was last seen three days ago")]
    [InlineData("en", "Updated 9:00 am | Updated 10:15 am")]
    [InlineData("en", "By John Smith")]
    [InlineData("en", "08/11/2023 | 8:26 PM")]
    [InlineData("en", "08/11/2023 | 20:26 PM")]
    [InlineData("en", "Old 11-07-2003, 07:54 PM")]
    [InlineData("fr", "La conférence aura lieu le mercredi 5 novembre, de 18 h à 19 h 30, à l'Espace K.")]
    [InlineData("it", "Ha diretto più di 200 partite in serie A.")]
    [InlineData("en", "Posted 11/07/2003, 07:54 PM")]
    [InlineData("en", "Submitted by Jessica Sparks on Wed, 05/09/2012 - 5:10pm")]
    [InlineData("pt", "Às 10:32, o dólar avançava 0,27 por cento, a 3,4955 reais na venda")]
    [InlineData("es", "A las 10:32, el dólar subía 0,27 por ciento")]
    [InlineData("it", "12 Dicembre, per molti una data priva di un significato particolare")]
    [InlineData("it", "Alle 12.47, una scossa di terremoto ha colpito la costa")]
    [InlineData("nl", "Komende vrijdag, 13 oktober, trekken de Rode Duivels naar Oostenrijk")]
    [InlineData("it", "contro il 48% di alcuni anni fa")]
    [InlineData("it", "Alle due di notte di domenica 30 marzo")]
    [InlineData("de", "Termin: Montag, 15. November 2021 um 10.30 Uhr")]
    [InlineData("de", "Sitzungstermin: Mittwoch, 15.06.2016, 16.00 Uhr")]
    [InlineData("de", "Nächster Sendetermin: Montag, 2. März, 20.15 Uhr (ARD)")]
    [InlineData("en", "Founded February 28, 1998; 18 years ago")]
    [InlineData("nl", "(02:21)")]
    [InlineData("en", "(1:07) -")]
    [InlineData("fr", "Inscription : 13 juin 2004, 20:33")]
    [InlineData("it", "Iscritto il: 5 dic 2018, 14:26")]
    [InlineData("pt", "Data de inscrição : 19/12/2009")]
    [InlineData("es", "Fecha de inscripción : 29/05/2018")]
    [InlineData("en", "Joined: 5 Dec 2018, 14:26")]
    [InlineData("fr", "Enregistré le : mer. 3 août 2016 09:41")]
    [InlineData("pt", "Inscrito em : 02/09/2013")]
    [InlineData("en", "Deadline: June 3, 2009")]
    [InlineData("en", "Ends March 2, 2027")]
    [InlineData("en", "")]
    [InlineData("en", "crime5 days")]
    [InlineData("en", "Fake news spread after the vote of 6 January 2021")]
    [InlineData("de", "Nachrichten")]
    [InlineData("en", "5 mins")]
    [InlineData("en", "Sep 3 12 mins")]
    [InlineData("de", "05:15 Tagesschau")]
    [InlineData("de", "21:00 Uhr bei Sky Sport 1")]
    [InlineData("fr", "22h11. Nous butons sur la fermeture des barrières")]
    [InlineData("en", "Police say the suspect fled the scene (2 hours)")]
    [InlineData("en", "He was born on March 3, 1990 in Paris, France, to a family of bakers")]
    [InlineData("en", "See the vote on his page (talk) from 3 March 2014 on")]
    [InlineData("fr", "Du 2 février au 30 avril 2026")]
    [InlineData("fr", "Les Voiles de l'Aéronautique se tiendront du 30 juin au 2 juillet 2018")]
    [InlineData("pt", "o candidato foi preso em flagrante no dia 4 de outubro de 2024")]
    [InlineData("en", "whose birth date falls on or before December 2, 1986")]
    [InlineData("nl", "Openingstijden Poliklinische apotheek per 1 mei 2023")]
    [InlineData("es", "Fue visto por última vez el pasado 25 de diciembre de 2025")]
    public void A_line_without_an_age_with_one_inside_a_sentence_or_with_two_clock_times_has_none(string language, string line) =>
        Assert.False(AgeGrammar.For(language).TryFind(line, out _), $"'{line}' should hold no age.");

    [Theory]
    [InlineData("de", "Kurz Notiert in Lüdenscheid 9. Februar 2022", "9. Februar 2022")]
    [InlineData("de", "Früherkennungsuntersuchungen viel genutzt 04.02.2022", "04.02.2022")]
    [InlineData("pt", "Primavera feminista em Viena 01/10/2018", "01/10/2018")]
    [InlineData("en", "Bush & SecDef Rumsfeld Honor Review The White House 15 Dec 2006", "15 Dec 2006")]
    public void A_date_with_its_year_closing_a_title_is_the_entrys(string language, string line, string age) =>
        Assert.Equal(age, Found(language, line).Age.Text);

    [Theory]
    [InlineData("en", "BRT operator, Primero, says it lost N100m to #EndSARS protest - October 22, 2020", "October 22, 2020")]
    [InlineData("en", "15 Baby Nursery Must Haves for Optimal Sleep - October 24, 2020", "October 24, 2020")]
    [InlineData("es", "La Vanguardia.- Se busca: de segunda mano y 70-90 m2 – 23/4/2017", "23/4/2017")]
    public void A_title_set_apart_from_its_closing_date_by_a_dash_may_hold_numbers(string language, string line, string age) =>
        Assert.Equal(age, FoundText(language, line));

    [Theory]
    [InlineData("en", "Posted: Wed Feb 02, 2005 10:08 pm Post subject: Wot R ur specs?", "Posted: Wed Feb 02, 2005 10:08 pm")]
    [InlineData("de", "Verfasst am: Sa Jul 01, 2006 2:41 pm Titel: |", "Verfasst am: Sa Jul 01, 2006 2:41 pm")]
    [InlineData("de", "Datum | 06.06.2007 10:33 MSG-Nr: [ 407472 ] | 7735 x gelesen", "06.06.2007 10:33")]
    [InlineData("en", "Posted by Harry on December 19, 2006 6:25 AM Comments: 6", "on December 19, 2006 6:25 AM")]
    public void A_stamp_to_the_minute_before_the_next_field_of_a_posts_header_is_the_posts_whatever_the_field_holds(string language, string line, string age) =>
        Assert.Equal(age, FoundText(language, line));

    [Theory]
    [InlineData("en", "Date Published: 16/04/2021 Category: Covid-19 Health and safety Opinion", "Date Published: 16/04/2021")]
    [InlineData("en", "Date:9 March 2012 Author: Anthony Doman Tags:,", "9 March 2012")]
    public void A_date_with_its_year_a_colon_labels_before_the_next_field_is_the_posts(string language, string line, string age) =>
        Assert.Equal(age, FoundText(language, line));

    [Theory]
    [InlineData("en", "Concerned citizen March 4, 2014 at 2:04 pm", "March 4, 2014 at 2:04 pm")]
    [InlineData("de", "scheuner manuela 13. Mai 2014 um 18:32", "13. Mai 2014 um 18:32")]
    public void A_commenters_name_of_two_words_in_any_case_before_a_date_to_the_minute_is_no_part_of_it(string language, string line, string age) =>
        Assert.Equal(age, FoundText(language, line));

    [Theory]
    [InlineData("en", "NEXT RACE - 16th March")]
    [InlineData("en", "Scheduled: March 15, 2026 at 2:00 AM UTC")]
    [InlineData("en", "Upcoming Facility Closures on October 13 — Thanksgiving Monday")]
    [InlineData("nl", "Volgende wijkcafé: dinsdag 18 februari 2025")]
    public void A_line_opened_by_a_word_of_what_is_to_come_holds_the_coming_events_time_not_an_age(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("it", "Nata a Augusta (SR) il 19.06.1991")]
    [InlineData("es", "Nacido en SANTA CRUZ DE TENERIFE el 10 de abril de 1962.")]
    [InlineData("en", "Born March 3, 1950 in Leeds")]
    [InlineData("de", "Geboren am 12. Mai 1948 in Kassel")]
    public void A_line_opened_by_a_word_of_birth_holds_a_birthday_not_an_age(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("pt", "Dia 13 – Sexta-feira")]
    [InlineData("pt", "Dia 27 de novembro, sábado | 18h00")]
    [InlineData("pt", "Dia 21/07 – (Sexta-feira)")]
    public void A_programmes_day_word_before_a_date_without_its_year_opens_an_events_day_not_an_age(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("pt", "Dia 07/03/2017", "Dia 07/03/2017")]
    public void A_programmes_day_word_before_a_date_with_its_year_leaves_the_posts_date(string language, string line, string age) =>
        Assert.Equal(age, FoundText(language, line));

    [Theory]
    [InlineData("en", "Last edited by Outer Armatonisdaristan on Sun Feb 22, 2026 2:08 am, edited 108 times in total.", "2026-02-22T01:07:59.9999999Z 2026-02-22T01:08:59.9999999Z")]
    [InlineData("en", "2019-02-23, 09:14 PM (This post was last modified: 2024-01-05, 03:27 AM by StarredSkies. Edited 1 time in total.)", "2024-01-05T02:26:59.9999999Z 2024-01-05T02:27:59.9999999Z")]
    [InlineData("de", "Zuletzt geändert von Hans am Mo 3. Jan 2011, 12:00, insgesamt 2-mal geändert.", "2011-01-03T10:59:59.9999999Z 2011-01-03T11:00:59.9999999Z")]
    [InlineData("nl", "Laatst bijgewerkt door Piet op 3 jan 2011, 12:00, in totaal 3 keer bewerkt.", "2011-01-03T10:59:59.9999999Z 2011-01-03T11:00:59.9999999Z")]
    public void The_count_of_a_posts_edits_closing_its_stamp_is_no_part_of_the_age(string language, string line, string window) =>
        Assert.Equal(window, FoundWindow(language, line));

    [Theory]
    [InlineData("en", "[–]Nimble_Fox 7 points 5 hours ago (1 child)", "5 hours ago")]
    [InlineData("en", "[–] Rowan@lemmy.example 22 points 2 days ago (4 children)", "2 days ago")]
    [InlineData("de", "Mara_K 3 Punkte vor 2 Stunden (2 Antworten)", "vor 2 Stunden")]
    public void The_count_of_a_comments_replies_in_parentheses_is_no_part_of_its_age(string language, string line, string age) =>
        Assert.Equal(age, FoundText(language, line));

    [Theory]
    [InlineData("en", "This topic contains 0 replies, has 1 voice, and was last updated by  James 3 weeks ago.", "3 weeks ago")]
    [InlineData("fr", "Ce sujet contient 0 réponse, 1 participant et a été mis à jour pour la dernière fois par rocky, le il y a 5 années et 8 mois.", "il y a 5 années et 8 mois")]
    [InlineData("en", "This topic has 6 replies, 3 voices, and was last updated 2 years, 4 months ago by Marla.", "last updated 2 years, 4 months ago")]
    [InlineData("en", "This topic has 2 replies, 2 voices, and was last updated 5 days ago by kevin_b.", "last updated 5 days ago")]
    public void A_relative_age_in_a_sentence_with_an_update_and_who_made_it_is_the_topics(string language, string line, string age) =>
        Assert.Equal(age, FoundText(language, line));

    [Theory]
    [InlineData("en", "submitted 2 years ago* (last edited 3 weeks ago) by otter to c/canada", "last edited 3 weeks ago")]
    [InlineData("en", "submitted 8 months ago* (last edited 2 days ago) by mira@lemmy.example to c/gardening@lemmy.example", "last edited 2 days ago")]
    [InlineData("en", "posted by dana on May 3, 2025 — last updated June 9, 2025 4 comments »", "last updated June 9, 2025")]
    public void An_update_label_is_read_whatever_words_no_age_holds_follow_it(string language, string line, string age) =>
        Assert.Equal(age, FoundText(language, line));

    [Fact]
    public void An_edits_or_a_footnotes_asterisk_closing_an_age_is_no_part_of_it() =>
        Assert.Equal("2:55pm On Dec 10, 2023", FoundText("en", "2:55pm On Dec 10, 2023*"));

    [Fact]
    public void A_dated_update_and_who_made_it_before_a_stop_keeps_its_date() =>
        Assert.Equal(
            "2025-03-02T22:59:59.9999999Z 2025-03-03T22:59:59.9999999Z",
            FoundWindow("en", "Last updated March 3, 2025 by Erik Demaine. — Accessibility"));

    [Theory]
    [InlineData("it", "Super User 10 Settembre 2024 447 Visite", "2024-09-09T21:59:59.9999999Z 2024-09-10T21:59:59.9999999Z")]
    [InlineData("nl", "16 maart 2018 15:00 UFO 3 Reacties 3,163 Bekeken", "2018-03-16T13:59:59.9999999Z 2018-03-16T14:00:59.9999999Z")]
    [InlineData("de", "Datum | 06.06.2007 10:33 | 7735 x gelesen", "2007-06-06T08:32:59.9999999Z 2007-06-06T08:33:59.9999999Z")]
    public void The_count_of_views_closing_a_meta_line_is_no_part_of_the_age(string language, string line, string window) =>
        Assert.Equal(window, FoundWindow(language, line));

    [Fact]
    public void A_zone_after_a_stamp_is_the_stamps_not_the_label_of_a_field() =>
        Assert.Equal(
            "2025-11-18T19:46:59.9999999Z 2025-11-18T19:47:59.9999999Z",
            FoundWindow("en", "Last modified November 18, 2025 at 11:47 AM PST: KEP-4671 Add docs for Workload API"));

    [Theory]
    [InlineData("nl", "Algemene Ledenvergadering 8 april 2016")]
    [InlineData("nl", "Dorpsbelang bijeenkomst 10 november 2023")]
    [InlineData("de", "Gemeinderatssitzung vom 02.03.2021")]
    [InlineData("en", "Cancellation of Parish Council Meeting 23 March 2020")]
    [InlineData("pt", "Resumo da Sessão 14-05-2018")]
    [InlineData("fr", "SEANCE DU 3 MARS 2020")]
    [InlineData("es", "Acta de la sesión del 2 de febrero de 2015")]
    [InlineData("en", "Public Access – Town Council Meeting (6th August)")]
    [InlineData("fr", "Assemblée générale de l'association du 24 janvier 2015")]
    [InlineData("de", "Öffentliche Sitzung des Bauausschusses am 29. September 2022")]
    [InlineData("en", "Meeting of the Parish Council on 5 March 2020")]
    [InlineData("nl", "Notulen vergadering Dorpsbelang 12 oktober 2022")]
    [InlineData("nl", "Vergadering: Stuurgroep Open Standaarden 4 juni 2020")]
    [InlineData("es", "Sesión ordinaria 28 de junio de 2023")]
    [InlineData("es", "Pleno Ordinario 29 diciembre 2017")]
    [InlineData("it", "Seduta straordinaria 12 marzo 2024")]
    public void A_date_closing_a_meetings_name_is_the_meetings_day_not_the_entrys(string language, string line) =>
        Assert.False(AgeGrammar.For(language).TryFind(line, out _), $"'{line}' names a meeting's day.");

    [Theory]
    [InlineData("de", "01.02.2022 | Breuninger-Meeting", "01.02.2022")]
    [InlineData("en", "Council meeting minutes | Published 3 May 2020", "Published 3 May 2020")]
    [InlineData("de", "Jahreshauptversammlung 2011 (01.02.2011)", "01.02.2011")]
    public void A_meeting_named_after_its_entrys_date_or_before_a_labelled_one_leaves_the_date_the_entrys(string language, string line, string age) =>
        Assert.Equal(age, FoundText(language, line));

    [Theory]
    [InlineData("en", "17:30 Brentford v Aston Villa — Sky Sports")]
    [InlineData("en", "Liverpool vs Arsenal, 7:45am, USA Network")]
    [InlineData("es", "Puebla vs. León | 19:00 horas | Estadio Cuauhtémoc")]
    [InlineData("pt", "19h20 – BENFICA X LEãO A")]
    [InlineData("pt", "  • Dourados x Serc – no Douradão, às 15h30")]
    [InlineData("en", "Matching Green 1st XI v Rickling Ramblers on Tue 11 Aug 2020 at 6pm")]
    public void A_clock_or_a_date_beside_a_match_is_the_matchs_kick_off_not_the_entrys(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("en", "4.55pm: David Lloyd at Kent v Glamorgan", "4.55pm")]
    [InlineData("en", "Arsenal vs Chelsea: player ratings | 2 hours ago", "2 hours ago")]
    [InlineData("en", "Model X Plaid review | March 3, 2024", "March 3, 2024")]
    public void A_tickers_stamp_or_a_relative_age_beside_a_match_stays_the_entrys(string language, string line, string age) =>
        Assert.Equal(age, FoundText(language, line));

    [Theory]
    [InlineData("en", "2:13")]
    [InlineData("en", " 7:22 ")]
    [InlineData("de", "0:00")]
    [InlineData("pt", "1:10")]
    public void A_colon_clock_alone_with_a_one_digit_hour_is_a_players_length(string language, string line) =>
        Assert.False(AgeGrammar.For(language).TryFind(line, out _), $"'{line}' is a length.");

    [Theory]
    [InlineData("es", "00:04:12")]
    [InlineData("en", " 00:31:05 ")]
    [InlineData("nl", "[00:02:17]")]
    public void A_clock_to_the_second_alone_with_a_zero_hour_is_a_length_or_a_time_code(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("en", "07:22", "07:22")]
    [InlineData("en", "09:26:14", "09:26:14")]
    [InlineData("en", "7:22 am", "7:22 am")]
    [InlineData("de", "7:22 Uhr", "7:22 Uhr")]
    [InlineData("fr", "Ven 17 Juin - 3:46", "Ven 17 Juin - 3:46")]
    public void A_padded_clock_or_one_with_its_meridiem_word_or_date_is_still_a_time_of_day(string language, string line, string age) =>
        Assert.Equal(age, FoundText(language, line));

    [Theory]
    [InlineData("de", "Aktuelle Zeit: Fr 16.Mai 2025 14:13")]
    [InlineData("de", "Aktuelles Datum und Uhrzeit: 11/02/20, 07:22 pm")]
    [InlineData("fr", "Nous sommes le 15 Déc 2019, 00:45")]
    [InlineData("it", "Oggi è 28/03/2024, 12:17")]
    [InlineData("es", "Fecha actual 12 Ene 2026, 08:38")]
    [InlineData("en", "Current Time 0:00")]
    public void A_forums_display_of_the_time_it_is_shown_at_is_no_age(string language, string line) =>
        Assert.False(AgeGrammar.For(language).TryFind(line, out _), $"'{line}' shows the time of the visit.");

    [Theory]
    [InlineData("de", "Es ist Samstagmorgen, 6:48 Uhr.")]
    [InlineData("de", "Es ist Freitagabend, 17 Uhr.")]
    public void A_sentence_saying_what_time_it_is_is_no_age(string language, string line) =>
        Assert.False(AgeGrammar.For(language).TryFind(line, out _), $"'{line}' tells the time of a story.");

    [Theory]
    [InlineData("nl", "Wanneer: Zaterdag 31 december 2022")]
    [InlineData("en", "When:Sat, March 20")]
    [InlineData("de", "Wann: 11.07.2004 - 10:00 Uhr,")]
    [InlineData("en", "Registration Deadline: Friday, September 9th")]
    [InlineData("de", "Meldeschluss: 22.09.2021")]
    [InlineData("es", "Fecha límite: 15 de marzo de 2024")]
    [InlineData("fr", "Date de création : 04.12.2017")]
    [InlineData("es", "Fecha de aprobación: martes, 16 de julio de 2024")]
    [InlineData("pt", "Data de ocorrência: 14 de setembro 2020")]
    [InlineData("en", "Date of Birth: 12 March 1950")]
    [InlineData("fr", "Quand : samedi 5 avril à 20h")]
    [InlineData("en", "Release Date: March 3, 2009")]
    [InlineData("en", "[Release date: 14 Oct 2011]")]
    [InlineData("fr", "Date de sortie : 12 mai 2015")]
    [InlineData("pt", "Data de lançamento: 20/08/2019")]
    public void An_info_boxs_event_time_deadline_or_date_of_another_event_after_its_label_is_no_age(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("fr", "Le Premier ministre photographié dans l'hémicycle, le 20 janvier 2026 (AFP)")]
    [InlineData("fr", "La secrétaire générale de la CGT, Sophie Binet, à Matignon, à Paris, le 12 juillet 2023. BERTRAND GUAY / AFP")]
    [InlineData("en", "The minister speaks to reporters outside the parliament, March 12, 2024 (Reuters)")]
    public void A_date_closing_a_photos_caption_before_its_credit_is_no_age(string language, string line) =>
        AssertNoAge(language, line);

    [Theory]
    [InlineData("fr", "Paris, le 12 mars 2024 (AFP)", "le 12 mars 2024")]
    [InlineData("en", "Updated 12 March 2024 (AFP)", "Updated 12 March 2024")]
    public void A_stamp_or_a_dateline_before_an_agencys_credit_keeps_its_date(string language, string line, string age) =>
        Assert.Equal(age, FoundTextAsServed(language, line));

    [Fact]
    public void A_sentence_opened_by_the_labels_word_is_no_event_times_label() =>
        Assert.Equal("on Monday, 3 March 2025", FoundTextAsServed("en", "When the storm hit on Monday, 3 March 2025"));

    [Theory]
    [InlineData("en", "Thursday, October 9, 2025 в 16:43")]
    [InlineData("en", "Thursday, 9 October 2025 and more")]
    public void A_weekday_that_opens_a_date_the_grammar_cannot_read_whole_is_not_read_as_a_day_of_this_week(string language, string line) =>
        Assert.False(AgeGrammar.For(language).TryFind(line, out _), $"'{line}' is a date of its own, not last {line[..line.IndexOf(',')]}.");

    [Theory]
    [InlineData("pt", "Rodrigo Vessoni - 07/12/2012 - 06:20 Enviado especial a Nagoya (JAP)", "07/12/2012 - 06:20", "2012-12-07T05:19:59.9999999Z 2012-12-07T05:20:59.9999999Z")]
    [InlineData("nl", "22 jan. | 19:20 Tiel - Gevangenisstraf na plofkraak", "22 jan. | 19:20", "2026-01-22T18:19:59.9999999Z 2026-01-22T18:20:59.9999999Z")]
    [InlineData("it", "Ultimi dati del 07/02/2002 - ore 22:00 (ora solare)", "del 07/02/2002 - ore 22:00", "2002-02-07T20:59:59.9999999Z 2002-02-07T21:00:59.9999999Z")]
    [InlineData("de", "8:17 am • Oktober 6, 2013", "8:17 am • Oktober 6, 2013", "2013-10-06T06:16:59.9999999Z 2013-10-06T06:17:59.9999999Z")]
    public void A_dates_clock_printed_apart_past_a_separator_is_the_dates(string language, string line, string age, string window) =>
        AssertWithWindow(line, FoundAsServed(language, line), age, window);

    [Theory]
    [InlineData("de", "21.04.2024 | 3:18 min")]
    [InlineData("de", "12.03.2025 | 19:00 - 21:00 Uhr")]
    [InlineData("pt", "Por Rafael Santos 31/01/2017 09:30 • Atualizado 31/01/2017")]
    public void A_length_a_slot_or_another_stamps_clock_beside_a_date_is_not_its_clock(string language, string line) =>
        Assert.False(
            AgeGrammar.Preferring(language).TryFind(line, out var found) && CompanionDate.Unzoned(found.Age) is CalendarDateAge { Clock: not null },
            $"'{line}' should hold no date with a clock.");

    [Theory]
    [InlineData("pt", "29/06/2015 09h40 - Atualizado em 29/06/2015 11h16", "Atualizado em 29/06/2015 11h16", "2015-06-29T09:15:59.9999999Z 2015-06-29T09:16:59.9999999Z")]
    [InlineData("en", "Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET", "Updated Nov. 19, 2019 8:21 am ET", "2019-11-19T13:20:59.9999999Z 2019-11-19T13:21:59.9999999Z")]
    [InlineData("en", "November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM", "Updated November 18 at 4:46 PM", "2019-11-19T02:45:59.9999999Z 2019-11-19T02:46:59.9999999Z")]
    [InlineData("en", "By Reid Bramblett | Published: Nov 24, 2025 | Updated: Dec 04, 2025", "Updated: Dec 04, 2025", "2025-12-03T22:59:59.9999999Z 2025-12-04T22:59:59.9999999Z")]
    [InlineData("en", "Published Oct 10, 2023 - [Updated Dec 3, 2025]", "Updated Dec 3, 2025", "2025-12-02T22:59:59.9999999Z 2025-12-03T22:59:59.9999999Z")]
    [InlineData("en", "Posted: 5/26/20 Updated: 11/17/20", "Updated: 11/17/20", "2020-11-16T22:59:59.9999999Z 2020-11-17T22:59:59.9999999Z")]
    [InlineData("en", "Updated on 11/13/25, Published on 08/22/25", "Updated on 11/13/25", "2025-11-12T22:59:59.9999999Z 2025-11-13T22:59:59.9999999Z")]
    [InlineData("en", "Published: March 1, 2024 · Last revised: March 3, 2024", "Last revised: March 3, 2024", "2024-03-02T22:59:59.9999999Z 2024-03-03T22:59:59.9999999Z")]
    [InlineData("pt", "Por Adelor Lessa 26/06/2022 - 12:28 Atualizado em 27/06/2022 - 06:41", "Atualizado em 27/06/2022 - 06:41", "2022-06-27T04:40:59.9999999Z 2022-06-27T04:41:59.9999999Z")]
    [InlineData("de", "von Sonia Mevißen Erstellt am 01.01.23 um 08:35, geändert am 01.01.23 um 09:40", "geändert am 01.01.23 um 09:40", "2023-01-01T08:39:59.9999999Z 2023-01-01T08:40:59.9999999Z")]
    [InlineData("en", "by Emily Atkin Posted on March 3, 2015 at 8:00 am Updated: March 3, 2015 at 3:38 pm", "Updated: March 3, 2015 at 3:38 pm", "2015-03-03T14:37:59.9999999Z 2015-03-03T14:38:59.9999999Z")]
    [InlineData("en", "Published on Oct 21, 2025 Updated on Mar 9, 2026", "Updated on Mar 9, 2026", "2026-03-08T22:59:59.9999999Z 2026-03-09T22:59:59.9999999Z")]
    [InlineData("es", "Publicado el 31/03/2009 por Maria Silva • Última actualización: 05/10/2012", "Última actualización: 05/10/2012", "2012-10-04T21:59:59.9999999Z 2012-10-05T21:59:59.9999999Z")]
    [InlineData("es", "Publicada 5 enero 2026 08:18h Actualizada 5 enero 2026 10:23h", "Actualizada 5 enero 2026 10:23h", "2026-01-05T09:22:59.9999999Z 2026-01-05T09:23:59.9999999Z")]
    [InlineData("it", "Pubblicato il 31 Marzo 2009 da Mamma Felice • Ultima revisione: 5 Ottobre 2012", "Ultima revisione: 5 Ottobre 2012", "2012-10-04T21:59:59.9999999Z 2012-10-05T21:59:59.9999999Z")]
    [InlineData("nl", "Gepubliceerd op 31-03-2009 door Marie Jansen • Laatste wijziging: 05-10-2012", "Laatste wijziging: 05-10-2012", "2012-10-04T21:59:59.9999999Z 2012-10-05T21:59:59.9999999Z")]
    public void Of_a_published_and_an_updated_time_or_date_side_by_side_the_updated_one_is_found_and_takes_what_it_lacks_from_the_other(
        string language, string line, string age, string window) =>
        AssertFoundWithWindow(language, line, age, window);

    [Theory]
    [InlineData("en", "PTI | July 9, 2020 | Updated 08:24 IST", "2020-07-09T02:53:59.9999999Z 2020-07-09T02:54:59.9999999Z")]
    [InlineData("es", "22 de diciembre 2020, actualizado a las 12:27 a. m.", "2020-12-21T23:26:59.9999999Z 2020-12-21T23:27:59.9999999Z")]
    [InlineData("en", "Updated: Sat 8:31 PM, Feb 17, 2018", "2018-02-17T19:30:59.9999999Z 2018-02-17T19:31:59.9999999Z")]
    [InlineData("de", "22. Januar 2020 @ 18:13 // Autor:", "2020-01-22T17:12:59.9999999Z 2020-01-22T17:13:59.9999999Z")]
    [InlineData("en", "Today — 15 May 2025", "2025-05-14T21:59:59.9999999Z 2025-05-15T21:59:59.9999999Z")]
    [InlineData("nl", "Vandaag — 21 Februari 2019", "2019-02-20T22:59:59.9999999Z 2019-02-21T22:59:59.9999999Z")]
    [InlineData("fr", "Créé: 12.12.2019, 07h36", "2019-12-12T06:35:59.9999999Z 2019-12-12T06:36:59.9999999Z")]
    [InlineData("de", "Von dpa 30.04.2024, 18:58", "2024-04-30T16:57:59.9999999Z 2024-04-30T16:58:59.9999999Z")]
    [InlineData("en", "Tuesday  10:30,   22 may 2018", "2018-05-22T08:29:59.9999999Z 2018-05-22T08:30:59.9999999Z")]
    [InlineData("en", "Published: Jan. 14, 2015 Updated: 4:49 p.m.", "2015-01-14T15:48:59.9999999Z 2015-01-14T15:49:59.9999999Z")]
    public void A_clock_and_a_date_in_two_parts_of_a_line_make_one_time(string language, string line, string window)
    {
        var found = Found(language, line);
        Assert.Equal(window, Show(found.Age.ToWindow(Clock())));
    }

    [Fact]
    public void A_long_line_is_prose_not_a_meta_line() =>
        Assert.False(AgeGrammar.For("nl").TryFind(
            "Sport | " + string.Concat(Enumerable.Repeat("lang verhaal ", 14)) + "| 2 uur geleden", out _));

    [Theory]
    [InlineData("fr", "Culture • Sep 19, 2025, 12:34 PM", "Sep 19, 2025, 12:34 PM")]
    [InlineData("it", "Cronaca | May 2, 2024, 9:15 AM", "May 2, 2024, 9:15 AM")]
    [InlineData("nl", "Sport | 14:32", "14:32")]
    public void A_clock_the_source_language_reads_alone_yields_to_another_language_reading_the_date_around_it(string language, string line, string age) =>
        Assert.Equal(age, FoundTextAsServed(language, line));

    [Fact]
    public void A_clock_the_source_language_reads_alone_takes_its_day_from_another_language_date_beside_it() =>
        Assert.Equal(
            "2024-05-18T07:57:59.9999999Z 2024-05-18T07:58:59.9999999Z",
            Show(FoundAsServed("fr", "Mise à jour 7:58 AM UTC, May 18, 2024").Age.ToWindow(Clock())));

    /// <summary>The text of the age found as the server finds it, as the line prints it.</summary>
    private static string FoundTextAsServed(string language, string line)
    {
        var found = FoundAsServed(language, line);
        return line.Substring(found.Start, found.Length);
    }

    /// <summary>The date found in <paramref name="line"/>, asserted to fall on <paramref name="date"/>.</summary>
    private static CalendarDateAge FoundDate(string language, string line, (int Year, int Month, int Day) date)
    {
        var served = FoundAsServed(language, line).Age;
        var age = Assert.IsType<CalendarDateAge>(served is ZonedAge zoned ? zoned.Local : served);
        Assert.Equal(date, (age.Year!.Value, age.Month, age.Day));
        return age;
    }

    /// <summary>The date found where the line prints <paramref name="date"/>, a calendar date with that year (or none), month and day.</summary>
    private static void AssertDatelineDate(string language, string line, string date, int? year, int month, int day)
    {
        var found = FoundAsServed(language, line);
        Assert.Equal(date, line.Substring(found.Start, found.Length));
        var age = Assert.IsType<CalendarDateAge>(found.Age);
        Assert.Equal((year, month, day), (age.Year, age.Month, age.Day));
    }

    /// <summary>As the server reads a source's lines: every language, the source's first.</summary>
    private static AgeInLine FoundAsServed(string language, string line)
    {
        Assert.True(AgeGrammar.Preferring(language).TryFind(line, out var found), $"'{line}' should hold an age.");
        return found;
    }

    /// <summary>The age found is <paramref name="age"/> where the line prints it, and its window is <paramref name="window"/>.</summary>
    private static void AssertFoundWithWindow(string language, string line, string age, string window) =>
        AssertWithWindow(line, Found(language, line), age, window);

    /// <summary>The age <paramref name="found"/> is <paramref name="age"/> where the line prints it, its window <paramref name="window"/>.</summary>
    private static void AssertWithWindow(string line, AgeInLine found, string age, string window)
    {
        Assert.Equal(age, line.Substring(found.Start, found.Length));
        Assert.Equal(window, Show(found.Age.ToWindow(Clock())));
    }

    private static void AssertNoAge(string language, string line) =>
        Assert.False(AgeGrammar.Preferring(language).TryFind(line, out _), $"'{line}' should hold no age.");

    /// <summary>The text of the age found, as the line prints it.</summary>
    private static string FoundText(string language, string line)
    {
        var found = Found(language, line);
        return line.Substring(found.Start, found.Length);
    }

    /// <summary>The window of the age found, shown as "lo hi" in UTC.</summary>
    private static string FoundWindow(string language, string line) => Show(Found(language, line).Age.ToWindow(Clock()));

    private static AgeInLine Found(string language, string line)
    {
        Assert.True(AgeGrammar.For(language).TryFind(line, out var found), $"'{line}' should hold an age.");
        return found;
    }
}
