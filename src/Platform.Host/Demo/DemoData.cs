using Platform.Grains.Organisations;

namespace Platform.Host.Demo;

/// <summary>A believable, fictional setting: a national Voluntary Principles group and a local ASM security forum in Colombia.</summary>
internal static class DemoData
{
    public const string Password = "demo-password-2026";

    public sealed record DemoOrganisation(string Key, string Name, StakeholderType Type, string Description);

    public sealed record DemoPerson(string Key, string Name, string Email, string Gender, string Language);

    /// <summary>A seat: person, the organisation they act for, their role; the first facilitator creates the group.</summary>
    public sealed record DemoSeat(string Person, string Organisation, GroupRole Role);

    public sealed record DemoGroup(GroupDetails Details, IReadOnlyList<DemoSeat> Seats);

    public static readonly IReadOnlyList<DemoOrganisation> Organisations =
    [
        new("company", "Minera Andina del Norte S.A.", StakeholderType.LargeScaleMining, "Open-pit gold mine operator in the northern district."),
        new("coop", "Cooperativa Minera La Esperanza", StakeholderType.AsmOrganisation, "Artisanal gold miners' cooperative, 140 members."),
        new("barequeras", "Asociación de Mujeres Barequeras El Porvenir", StakeholderType.AsmOrganisation, "Women panning for gold along the river."),
        new("jac", "Junta de Acción Comunal Vereda El Carmen", StakeholderType.Community, "Community action board of the El Carmen hamlet."),
        new("ngo", "Fundación Tierra y Derechos", StakeholderType.CivilSociety, "Human-rights NGO accompanying mining communities."),
        new("ministry", "Ministerio de Minas y Energía", StakeholderType.NationalGovernment, "National ministry responsible for mining policy."),
        new("mayor", "Alcaldía de San Rafael", StakeholderType.LocalGovernment, "Municipal government of San Rafael."),
        new("police", "Policía Nacional – Estación San Rafael", StakeholderType.PublicSecurityPolice, "Local police station."),
        new("army", "Batallón de Infantería Los Andes", StakeholderType.PublicSecurityMilitary, "Army battalion covering the mining district."),
        new("guards", "Seguridad Integral Andina Ltda.", StakeholderType.PrivateSecurity, "Private security contractor of the mine."),
        new("ombudsman", "Defensoría del Pueblo – Regional Norte", StakeholderType.OversightBody, "Regional office of the national ombudsman."),
        new("embassy", "Embassy of the Kingdom of the Netherlands", StakeholderType.InternationalPartner, "Home government of a Voluntary Principles participant."),
    ];

    public static readonly IReadOnlyList<DemoPerson> People =
    [
        new("ana", "Ana María Restrepo", "ana.restrepo@demo.example", "woman", "es"),
        new("james", "James Whitfield", "james.whitfield@demo.example", "man", "en"),
        new("lucia", "Lucía Mosquera", "lucia.mosquera@demo.example", "woman", "es"),
        new("carlos", "Carlos Andrés Gómez", "carlos.gomez@demo.example", "man", "es"),
        new("rosa", "Rosa Elvira Palacios", "rosa.palacios@demo.example", "woman", "es"),
        new("jorge", "Jorge Iván Cárdenas", "jorge.cardenas@demo.example", "man", "es"),
        new("sarah", "Sarah O'Connell", "sarah.oconnell@demo.example", "woman", "en"),
        new("diego", "Diego Alejandro Rincón", "diego.rincon@demo.example", "man", "es"),
        new("marta", "Marta Lucía Herrera", "marta.herrera@demo.example", "woman", "es"),
        new("andres", "Andrés Felipe Ortiz", "andres.ortiz@demo.example", "man", "es"),
        new("paula", "Paula Andrea Quintero", "paula.quintero@demo.example", "prefer_not_to_say", "es"),
        new("mauricio", "Mauricio Salazar", "mauricio.salazar@demo.example", "man", "es"),
        new("claudia", "Claudia Patricia Vélez", "claudia.velez@demo.example", "woman", "es"),
        new("hernan", "Hernán Darío Zapata", "hernan.zapata@demo.example", "man", "es"),
        new("emily", "Emily Carter", "emily.carter@demo.example", "woman", "en"),
        new("fernando", "Fernando Ruiz", "fernando.ruiz@demo.example", "prefer_not_to_say", "es"),
        new("yuliana", "Yuliana Mena", "yuliana.mena@demo.example", "woman", "es"),
        new("oscar", "Óscar Eduardo Londoño", "oscar.londono@demo.example", "man", "es"),
        new("pieter", "Pieter van Dijk", "pieter.vandijk@demo.example", "man", "en"),
        new("natalia", "Natalia Uribe", "natalia.uribe@demo.example", "woman", "es"),
        new("ricardo", "Ricardo Benítez", "ricardo.benitez@demo.example", "prefer_not_to_say", "es"),
        new("gloria", "Gloria Inés Arango", "gloria.arango@demo.example", "woman", "es"),
        new("tom", "Tom Hughes", "tom.hughes@demo.example", "man", "en"),
        new("valentina", "Valentina Ríos", "valentina.rios@demo.example", "woman", "es"),
        new("admin", "Administrador Roundtable", "admin@demo.example", "prefer_not_to_say", "en"),
    ];

    /// <summary>The donor is one of the 25 people: Emily, of a development fund, sees aggregates of both groups.</summary>
    public const string Donor = "emily";

    public static readonly IReadOnlyList<DemoGroup> Groups =
    [
        new(
            new GroupDetails(
                "Voluntary Principles Working Group – Colombia",
                GroupScope.National,
                "CO",
                "Bogotá D.C.",
                "America/Bogota",
                MeetingCadence.Monthly,
                "Chatham House rule: information may be used, but not attributed to a speaker or organisation.",
                NonAttribution: true,
                "## Purpose\n\nPromote implementation of the Voluntary Principles on Security and Human Rights in Colombia.\n\n" +
                "## Membership\n\n- Extractive companies and their security providers\n- Government and public security\n- Civil society\n\n" +
                "## Ways of working\n\nMonthly meetings; decisions by consensus; records distributed within 10 days."),
            [
                new("ana", "ngo", GroupRole.Facilitator),
                new("james", "company", GroupRole.Member),
                new("carlos", "ministry", GroupRole.Member),
                new("jorge", "police", GroupRole.Member),
                new("diego", "army", GroupRole.Member),
                new("sarah", "guards", GroupRole.Member),
                new("marta", "ombudsman", GroupRole.Member),
                new("pieter", "embassy", GroupRole.Observer),
                new("natalia", "ngo", GroupRole.Member),
                new("tom", "company", GroupRole.Member),
                new("claudia", "ministry", GroupRole.Observer),
            ]),
        new(
            new GroupDetails(
                "Mesa de Seguridad Minera de San Rafael",
                GroupScope.Local,
                "CO",
                "Antioquia – San Rafael",
                "America/Bogota",
                MeetingCadence.Monthly,
                "Lo dicho en la mesa puede usarse, sin atribuirlo a quien lo dijo.",
                NonAttribution: true,
                "## Objetivo\n\nPrevenir y atender conflictos de seguridad entre la mina, los mineros artesanales y la comunidad.\n\n" +
                "## Reuniones\n\nPrimer martes de cada mes en la Casa de la Cultura."),
            [
                new("lucia", "jac", GroupRole.Facilitator),
                new("rosa", "barequeras", GroupRole.Member),
                new("andres", "coop", GroupRole.Member),
                new("paula", "mayor", GroupRole.Facilitator),
                new("mauricio", "police", GroupRole.Member),
                new("hernan", "coop", GroupRole.Member),
                new("fernando", "guards", GroupRole.Member),
                new("yuliana", "barequeras", GroupRole.Member),
                new("oscar", "company", GroupRole.Member),
                new("ricardo", "army", GroupRole.Observer),
                new("gloria", "jac", GroupRole.Member),
                new("valentina", "ngo", GroupRole.Member),
                new("natalia", "ngo", GroupRole.Observer),
                new("marta", "ombudsman", GroupRole.Observer),
            ]),
    ];
}
