using System.Diagnostics.CodeAnalysis;

namespace Syndicate.Core.Wire;

/// <summary>The agencies Syndicate knows, looked up by code or alias in any case.</summary>
public sealed class AgencyCatalog
{
    private const string NewsAgency = " News Agency";

    private readonly Dictionary<string, Agency> _byName = new(StringComparer.OrdinalIgnoreCase);

    public AgencyCatalog(IEnumerable<Agency> agencies)
    {
        var all = new List<Agency>();
        foreach (var given in agencies)
        {
            var agency = given;
            if (_byName.TryGetValue(agency.Code, out var existing))
            {
                // A configured agency with a known code extends the built-in one.
                all.Remove(existing);
                agency = agency with { Aliases = [.. existing.Aliases.Union(agency.Aliases, StringComparer.OrdinalIgnoreCase)] };
            }

            all.Add(agency);
            foreach (var name in agency.Aliases.Prepend(agency.Code).Append(agency.Name))
            {
                _byName[name] = agency;
            }
        }

        All = all;
    }

    public static IReadOnlyList<Agency> BuiltIn { get; } =
    [
        new("ANP", "ANP", ["Algemeen Nederlands Persbureau"]),
        new("AFP", "Agence France-Presse", ["Agence France Presse"]),
        new("RTR", "Reuters", ["Reuters", "Thomson Reuters", "Reuter"]),
        new("AP", "Associated Press", ["Associated Press", "The Associated Press"]),
        new("DPA", "Deutsche Presse-Agentur", ["dpa"]),
        new("DPA-AFX", "dpa-AFX Wirtschaftsnachrichten", ["dpa-AFX"]),
        new("BELGA", "Belga", ["Agence Belga", "Agentschap Belga"]),
        new("EFE", "Agencia EFE", ["EFE Noticias"]),
        new("ANSA", "ANSA", []),
        new("NTB", "NTB", ["Norsk Telegrambyrå"]),
        new("TASS", "TASS", ["ITAR-TASS"]),
        new("XINHUA", "Xinhua", ["Xinhua News Agency", "Agence de presse Xinhua", "Agencia de Noticias Xinhua"]),
        new("BLOOMBERG", "Bloomberg", ["BBG"]),
        new("LUSA", "Lusa", ["Agência Lusa"]),
        new("ABR", "Agência Brasil", ["ABr", "Agencia Brasil"]),
        new("ANG", "Agência de Notícias da Guiné", []),
        new("AIM", "Agência de Informação de Moçambique", []),
        new("INFORPRESS", "Inforpress", []),
        new("ASKANEWS", "askanews", []),
        new("DTS", "dts Nachrichtenagentur", ["dts"]),
        new("EUROPAPRESS", "Europa Press", []),
        new("ADNKRONOS", "Adnkronos", ["Adn Kronos"]),
        new("AGI", "Agenzia Italia", []),
        new("LAPRESSE", "LaPresse", []),
        new("ITALPRESS", "Italpress", []),
        new("DIRE", "Agenzia Dire", []),
        new("APA", "Austria Presse Agentur", []),
        new("KNA", "Katholische Nachrichten-Agentur", []),
        new("EPD", "Evangelischer Pressedienst", ["epdÖ"]),
        new("SID", "Sport-Informations-Dienst", []),
        new("SDA", "Keystone-SDA", ["Keystone-ATS", "ATS", "SDA-ATS", "Keystone-SDA-ATS"]),
        new("AWP", "AWP Finanznachrichten", ["AWP Financial News"]),
        new("NOVUM", "Novum", []),
        new("UPI", "United Press International", []),
        new("CP", "The Canadian Press", ["Canadian Press", "La Presse canadienne"]),
        new("PAMEDIA", "PA Media", ["Press Association", "The Press Association"]),
        new("AAP", "Australian Associated Press", []),
        new("PTI", "Press Trust of India", []),
        new("KYODO", "Kyodo News", ["Kyodo"]),
        new("YONHAP", "Yonhap", ["Yonhap News Agency"]),
        new("ANADOLU", "Anadolu Agency", ["Anadolu Ajansı", "Anadolu"]),
        new("APS", "Algérie Presse Service", []),
        new("MAP", "Maghreb Arabe Presse", []),
        new("SERVIMEDIA", "Servimedia", []),
        new("NOTIMEX", "Notimex", []),
        new("APRO", "Agencia Proceso", ["apro"]),
        new("PRENSALATINA", "Prensa Latina", ["PL"]),
        new("TELAM", "Télam", ["Telam"]),
        new("ESTADAO", "Estadão Conteúdo", ["Agência Estado", "Estadao Conteudo"]),
        new("FOLHAPRESS", "Folhapress", []),
        new("ANGOP", "Angola Press", ["Agência Angola Press"]),
        new("BERNAMA", "Bernama", ["Malaysian National News Agency"]),
        new("NNN", "NAM News Network", []),
        new("NOVA", "Agenzia Nova", []),
        new("SIR", "Servizio Informazione Religiosa", ["AgenSIR"]),
        new("ECCLESIA", "Agência Ecclesia", ["Ecclesia"]),
        new("ACP", "Agence Congolaise de Presse", []),
        new("AIB", "Agence d'Information du Burkina", []),
        new("APANEWS", "Agence de Presse Africaine", ["Apanews", "APA News"]),
        new("DAPD", "dapd nachrichtenagentur", ["dapd"]),
        new("ACN", "Agencia Cubana de Noticias", []),
        new("RADIOCOR", "Radiocor Plus", ["Radiocor"]),
        new("IANS", "Indo-Asian News Service", ["IANSlife"]),
        new("WAM", "Emirates News Agency", []),
        new("ANI", "Asian News International", []),
        new("ANTARA", "Antara", ["Antara News", "Kantor Berita Antara"]),
        new("VNA", "Vietnam News Agency", ["TTXVN"]),
        new("JIJI", "Jiji Press", ["Jiji"]),
        new("KCNA", "Korean Central News Agency", []),
        new("IRNA", "Islamic Republic News Agency", []),
        new("KUNA", "Kuwait News Agency", []),
        new("PANA", "Panapress", ["Pan-African News Agency", "PANAPRESS"]),
        new("SPUTNIK", "Sputnik", ["Sputnik News", "Sputnik Mundo", "Sputnik Brasil", "Sputnik Afrique"]),
        new("INTERFAX", "Interfax", []),
        new("RIANOVOSTI", "RIA Novosti", []),
        new("UKRINFORM", "Ukrinform", []),
        new("UNIAN", "UNIAN", []),
        new("AGERPRES", "Agerpres", []),
        new("TANJUG", "Tanjug", []),
        new("HINA", "HINA", ["Hrvatska izvještajna novinska agencija"]),
        new("ANDINA", "Agencia Andina", ["Andina"]),
        new("AIP", "Agence Ivoirienne de Presse", []),
        new("STP-PRESS", "STP-Press", []),
        new("ABP", "Agence Bénin Presse", []),
        new("AGP", "Agence Guinéenne de Presse", []),
        new("ACAP", "Agence Centrafrique Presse", []),
        new("SUNA", "Sudan News Agency", []),
        new("QNA", "Qatar News Agency", []),
        new("BNA", "Bahrain News Agency", []),
        new("RNS", "Religion News Service", []),

        // Wire copy a paper credits to agencies it does not name, on a credit line of its own ("Agencias", "Agencies").
        new("AGENCIES", "Agencies", ["Agencias", "Agences", "Agências", "Agenzie", "Agenturen"]),
    ];

    public static AgencyCatalog Default { get; } = new(BuiltIn);

    public IReadOnlyList<Agency> All { get; }

    /// <summary>
    /// The agency whose code, slug, name or alias is <paramref name="credit"/>, also followed by the words saying what it
    /// is, as agencies name themselves: "BERNAMA News Agency", "Antara News Agency".
    /// </summary>
    public bool TryFind(string credit, [NotNullWhen(true)] out Agency? agency)
    {
        var name = credit.Trim();
        if (_byName.TryGetValue(name, out agency))
        {
            return true;
        }

        return name.EndsWith(NewsAgency, StringComparison.OrdinalIgnoreCase)
            && _byName.TryGetValue(name[..^NewsAgency.Length].TrimEnd(), out agency);
    }
}
