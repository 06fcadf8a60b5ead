"""Name pools for the demo portfolio: people, clients, programs, projects, milestones.

Pools are grouped so that combinations read like a real agency's books: people's first and
last names mostly come from the same naming tradition, client names pair a brand word with a
word of their industry, programs and projects draw on their industry's vocabulary.
"""

from __future__ import annotations

import unicodedata

# fmt: off

#: (first names, last names) per naming tradition.
NAME_POOLS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # English-speaking
        (
            "Emily", "James", "Olivia", "Daniel", "Hannah", "Michael", "Grace", "Ryan", "Megan",
            "Thomas", "Claire", "Nathan", "Rachel", "Owen", "Laura", "Ethan",
        ),
        (
            "Carter", "Bennett", "Hughes", "Foster", "Sullivan", "Reed", "Mitchell", "Turner",
            "Campbell", "Brooks", "Hayes", "Porter", "Whitaker", "Fleming", "Doyle", "Marsh",
        ),
    ),
    (  # Spanish and Latin American
        (
            "Sofía", "Mateo", "Valentina", "Diego", "Camila", "Javier", "Lucía", "Andrés",
            "Isabela", "Carlos", "Daniela", "Alejandro", "Mariana", "Tomás",
        ),
        (
            "García", "Hernández", "Morales", "Castillo", "Ramírez", "Ortega", "Delgado",
            "Vargas", "Navarro", "Fuentes", "Herrera", "Mendoza", "Ríos", "Salazar",
        ),
    ),
    (  # Chinese
        (
            "Wei", "Mei", "Jun", "Xin", "Hao", "Ling", "Yan", "Jie", "Li", "Chen",
        ),
        (
            "Chen", "Wang", "Zhang", "Liu", "Huang", "Zhao", "Lin", "Zhou", "Wu", "Xu",
        ),
    ),
    (  # South Asian
        (
            "Priya", "Arjun", "Ananya", "Rohan", "Kavya", "Vikram", "Meera", "Aditya", "Neha",
            "Rahul", "Divya", "Sanjay", "Aisha", "Farhan",
        ),
        (
            "Patel", "Sharma", "Iyer", "Reddy", "Nair", "Gupta", "Chatterjee", "Mehta", "Rao",
            "Kapoor", "Desai", "Banerjee", "Khan", "Siddiqui",
        ),
    ),
    (  # West African
        (
            "Chinedu", "Adaeze", "Oluwaseun", "Amara", "Kwame", "Abena", "Emeka", "Ngozi",
            "Kofi", "Yaa", "Tunde", "Folake",
        ),
        (
            "Okafor", "Adeyemi", "Mensah", "Nwosu", "Boateng", "Okonkwo", "Asante", "Balogun",
            "Owusu", "Eze", "Adebayo", "Osei",
        ),
    ),
    (  # Arabic
        (
            "Omar", "Layla", "Yusuf", "Nour", "Karim", "Yasmin", "Hassan", "Rania", "Tariq",
            "Salma",
        ),
        (
            "Haddad", "Mansour", "Khalil", "Nasser", "Saleh", "Farouk", "Aziz", "Hamdan",
            "Sabbagh", "Darwish",
        ),
    ),
    (  # Japanese
        (
            "Haruto", "Yui", "Kenji", "Aiko", "Takumi", "Sakura", "Daiki", "Emi",
        ),
        (
            "Tanaka", "Suzuki", "Watanabe", "Yamamoto", "Nakamura", "Kobayashi", "Sato", "Ito",
        ),
    ),
    (  # Korean
        (
            "Min-jun", "Ji-woo", "Seo-yeon", "Hyun-woo", "Ji-ho", "Soo-ah", "Dong-hyun",
            "Eun-ji",
        ),
        (
            "Kim", "Park", "Lee", "Choi", "Jung", "Kang", "Yoon", "Han",
        ),
    ),
    (  # Vietnamese and Filipino
        (
            "Linh", "Minh", "Thao", "Quang", "Mai", "Bao", "Paolo", "Andrea", "Miguel", "Bea",
        ),
        (
            "Nguyen", "Tran", "Pham", "Le", "Vo", "Reyes", "Santos", "Bautista", "Mendoza",
            "Villanueva",
        ),
    ),
    (  # Central and Eastern European
        (
            "Łukasz", "Katarzyna", "Tomasz", "Agnieszka", "Ivana", "Marek", "Petra", "Andrei",
            "Elena", "Dmitri", "Zofia", "Milan",
        ),
        (
            "Kowalski", "Nowak", "Wiśniewska", "Horvat", "Novák", "Popescu", "Ivanova",
            "Petrović", "Kovács", "Dvořák", "Zielińska", "Marinescu",
        ),
    ),
    (  # Nordic, German and Dutch
        (
            "Astrid", "Lars", "Ingrid", "Henrik", "Freya", "Jonas", "Annika", "Lukas", "Femke",
            "Sven",
        ),
        (
            "Lindqvist", "Andersen", "Johansson", "Nielsen", "Bergström", "Schneider", "Vogel",
            "de Vries", "van Dijk", "Haugen",
        ),
    ),
    (  # Irish, Italian, Greek, Portuguese
        (
            "Siobhan", "Ciarán", "Aoife", "Giulia", "Marco", "Francesca", "Nikos", "Eleni",
            "João", "Beatriz", "Matteo", "Dimitra",
        ),
        (
            "O'Brien", "Gallagher", "Kennedy", "Rossi", "Bianchi", "Conti", "Papadopoulos",
            "Georgiou", "Ferreira", "Oliveira", "Romano", "Costa",
        ),
    ),
    (  # Turkish, Persian, Brazilian
        (
            "Elif", "Emre", "Zeynep", "Cem", "Darius", "Shirin", "Reza", "Leila", "Thiago",
            "Larissa", "Rafael", "Bruna",
        ),
        (
            "Yılmaz", "Demir", "Aydın", "Şahin", "Tehrani", "Rahimi", "Karimi", "Moradi",
            "Almeida", "Carvalho", "Souza", "Pereira",
        ),
    ),
)

# ---------------------------------------------------------------------------------------------
# Clients
# ---------------------------------------------------------------------------------------------

#: The four clients of the small demo: (name, code, industry, notes, two programs).
SMALL_CLIENTS: tuple[tuple[str, str, str, str, tuple[str, str]], ...] = (
    (
        "Northwind Health", "NWH", "Healthcare",
        "Regional health system, 14 hospitals and 120 clinics. Sponsor: VP Digital Experience.",
        ("Digital Front Door", "Clinical Data Modernization"),
    ),
    (
        "Meridian Bank", "MRB", "Financial services",
        "Mid-size retail and commercial bank. Procurement requires a signed SOW per phase.",
        ("Digital Banking Refresh", "Onboarding & KYC Modernization"),
    ),
    (
        "Harbor & Pine Outfitters", "HPO", "Retail",
        "Outdoor apparel retailer, 85 stores and a fast-growing e-commerce channel.",
        ("Loyalty Replatform", "Omnichannel Commerce"),
    ),
    (
        "Bluecrest Foods", "BCF", "Consumer goods",
        "Packaged foods maker with nine brands; marketing owns the digital budget.",
        ("Direct-to-Consumer Launch", "Brand Website Consolidation"),
    ),
)

#: Brand words for generated client names, with a two-letter abbreviation for codes.
CLIENT_BRANDS: tuple[tuple[str, str], ...] = (
    ("Northwind", "NW"), ("Meridian", "MR"), ("Bluecrest", "BC"), ("Summit", "SM"),
    ("Cedar Valley", "CV"), ("Ironwood", "IW"), ("Silverline", "SL"), ("Granite", "GR"),
    ("Evergreen", "EV"), ("Aurora", "AU"), ("Beacon", "BE"), ("Crescent", "CR"),
    ("Keystone", "KS"), ("Lakeshore", "LS"), ("Pioneer", "PI"), ("Redwood", "RW"),
    ("Sterling", "ST"), ("Tidewater", "TW"), ("Vantage", "VA"), ("Harborview", "HV"),
    ("Bright Harbor", "BH"), ("Copperleaf", "CL"), ("Driftwood", "DW"), ("Fairhaven", "FH"),
    ("Highland", "HL"), ("Juniper", "JU"), ("Larkspur", "LK"), ("Maple Ridge", "MP"),
    ("Oakmont", "OM"), ("Pinecrest", "PC"), ("Quarry Point", "QP"), ("Riverstone", "RS"),
    ("Stonebridge", "SB"), ("Trillium", "TR"), ("Union Square", "US"), ("Westfield", "WF"),
    ("Willowbrook", "WB"), ("Clearwater", "CW"), ("Brightline", "BL"), ("Sable", "SA"),
    ("Halcyon", "HC"), ("Cobalt", "CB"), ("Alder", "AL"), ("Greystone", "GS"),
    ("Kestrel", "KE"), ("Orchard", "OR"), ("Solstice", "SO"), ("Harvest Moon", "HM"),
    ("Blue Heron", "BN"), ("Catalina", "CT"), ("Everstone", "ES"), ("Foxglove", "FG"),
    ("Gold Coast", "GC"), ("Hawthorne", "HW"), ("Lighthouse", "LH"), ("Monarch", "MO"),
    ("Northstar", "NS"), ("Palisade", "PA"), ("Rosewood", "RO"), ("Seabright", "SE"),
    ("Tamarack", "TM"), ("Wildflower", "WL"), ("Zephyr", "ZE"), ("Ashford", "AF"),
    ("Bayfront", "BF"), ("Lantern", "LN"),
)

#: Industry → (client name suffixes, program names, project subjects).
INDUSTRIES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "Healthcare": (
        (
            "Health", "Medical Group", "Health Partners", "Care Network",
        ),
        (
            "Digital Front Door", "Clinical Data Modernization", "Patient Experience",
            "Care Coordination Platform", "Virtual Care Expansion", "Revenue Cycle Digital",
        ),
        (
            "Patient Portal", "Provider Directory", "Appointment Booking", "Telehealth App",
            "Symptom Checker", "Price Transparency Tool", "Care Team Messaging",
            "Referral Management",
        ),
    ),
    "Financial services": (
        (
            "Bank", "Financial", "Credit Union", "Capital",
        ),
        (
            "Digital Banking Refresh", "Onboarding & KYC Modernization",
            "Payments Modernization", "Wealth Advisor Tools", "Small Business Banking",
            "Fraud Experience",
        ),
        (
            "Account Opening", "Mobile Banking App", "Online Banking", "Loan Application",
            "Advisor Dashboard", "Card Controls", "Statements Portal", "Branch Locator",
        ),
    ),
    "Insurance": (
        (
            "Insurance", "Mutual", "Assurance",
        ),
        (
            "Claims Transformation", "Agent Portal Program", "Policyholder Self-Service",
            "Quote & Bind Modernization",
        ),
        (
            "Claims Portal", "Quote Engine", "Agent Portal", "Policy Documents",
            "First Notice of Loss", "Billing Center",
        ),
    ),
    "Retail": (
        (
            "Outfitters", "Markets", "Home", "Supply Co.",
        ),
        (
            "Loyalty Replatform", "Omnichannel Commerce", "Store Operations Digital",
            "Supply Chain Visibility", "Clienteling Program",
        ),
        (
            "Checkout", "Loyalty App", "Product Search", "Store Locator", "Order Tracking",
            "Gift Registry", "Buy Online Pick Up In Store", "Product Catalog",
        ),
    ),
    "Consumer goods": (
        (
            "Foods", "Brands", "Beverages", "Household",
        ),
        (
            "Direct-to-Consumer Launch", "Brand Website Consolidation",
            "Marketing Technology Stack", "Product Information Management",
            "Consumer Insights Platform",
        ),
        (
            "Brand Website", "Recipe Hub", "Subscription Store", "Product Finder",
            "Promotions Engine", "Consumer Care Chat", "Sampling Campaign Site",
        ),
    ),
    "Energy & utilities": (
        (
            "Energy", "Power", "Utilities",
        ),
        (
            "Customer Self-Service", "Outage Communications", "Field Service Modernization",
            "Energy Efficiency Programs",
        ),
        (
            "Outage Map", "Billing Portal", "Start/Stop Service", "Rebates Portal",
            "Field Crew App", "Usage Insights",
        ),
    ),
    "Travel & hospitality": (
        (
            "Resorts", "Hotels", "Airlines", "Cruises",
        ),
        (
            "Guest Experience", "Booking Modernization", "Loyalty Program Refresh",
            "Revenue Management Tools",
        ),
        (
            "Booking Engine", "Mobile Check-in", "Guest App", "Loyalty Portal",
            "Itinerary Manager", "Group Sales Portal",
        ),
    ),
    "Higher education": (
        (
            "University", "College", "Institute",
        ),
        (
            "Student Journey", "Admissions Modernization", "Alumni Engagement",
            "Campus Digital Services",
        ),
        (
            "Admissions Portal", "Student App", "Course Catalog", "Alumni Giving Site",
            "Financial Aid Estimator", "Campus Map",
        ),
    ),
    "Telecommunications": (
        (
            "Telecom", "Wireless", "Communications",
        ),
        (
            "Digital Sales Transformation", "Self-Service Care", "Network Status Program",
            "Device Upgrade Journey",
        ),
        (
            "Plan Configurator", "My Account App", "Device Trade-in", "Coverage Map",
            "Support Chatbot", "Bill Explainer",
        ),
    ),
    "Logistics & manufacturing": (
        (
            "Logistics", "Freight", "Industries", "Manufacturing",
        ),
        (
            "Shipper Portal Program", "Dealer Network Digital", "Aftermarket Parts Commerce",
            "Operations Visibility",
        ),
        (
            "Shipment Tracking", "Dealer Portal", "Parts Store", "Quote Request",
            "Warehouse Dashboard", "Carrier Onboarding",
        ),
    ),
    "Nonprofit & public sector": (
        (
            "Foundation", "Trust", "Alliance",
        ),
        (
            "Donor Experience", "Grants Modernization", "Volunteer Engagement",
            "Public Information Services",
        ),
        (
            "Donation Flow", "Grant Application Portal", "Volunteer App", "Events Site",
            "Impact Report Site", "Member Portal",
        ),
    ),
}

#: Project subjects any industry can have.
GENERIC_SUBJECTS: tuple[str, ...] = (
    "Mobile App", "Website", "CMS", "Design System", "Analytics", "Search", "CRM Integration",
    "Customer Portal", "Data Platform", "Personalization", "Accessibility", "Email Platform",
    "Content Hub", "Customer Support Portal", "Marketing Site", "Identity & Login",
)

#: What a project does to its subject; the first group suits delivery, the second discovery.
DELIVERY_WORK: tuple[str, ...] = (
    "Redesign", "Replatform", "MVP", "Build", "Enhancements", "Phase 2", "Phase 3", "Migration",
    "Optimization", "Modernization", "Rollout", "Release 2.0",
)
DISCOVERY_WORK: tuple[str, ...] = (
    "Discovery", "Assessment", "Strategy", "Accessibility Audit", "Pilot", "Roadmap",
)

#: Non-billable work inside client programs (warranty and agency-funded investment).
NON_BILLABLE_CLIENT_PROJECTS: tuple[str, ...] = (
    "Post-launch Warranty Support", "Agency-funded Prototype", "Warranty Fixes",
)

#: The agency's own client and programs in the large demo (never billable).
INTERNAL_CLIENT: tuple[str, str, str, str] = (
    "Agency Internal", "INT", "Internal", "Internal initiatives of the delivery team.",
)
INTERNAL_PROGRAMS: dict[str, tuple[str, ...]] = {
    "PMO Operations": (
        "Resource Planning Process Refresh", "Timesheet Compliance Initiative",
        "Project Health Dashboard", "PM Onboarding Program", "Estimating Toolkit",
        "Status Reporting Templates", "Delivery Playbook v3", "RAID Review Cadence Rollout",
        "PSA Tool Migration", "Quarterly Portfolio Review",
    ),
    "Delivery Excellence": (
        "Agile Coaching Pilot", "Retrospective Practice Guild",
        "Accessibility Standards Training", "Client Satisfaction Survey",
        "Risk Management Workshop Series", "PM Certification Support",
        "Scope Change Process Pilot", "Estimation Accuracy Review",
    ),
}

#: Milestone sequences per kind of project; the first and the anchor are always used.
DELIVERY_MILESTONES: tuple[str, ...] = (
    "Kickoff", "Discovery readout", "Design sign-off", "Build complete", "UAT sign-off",
    "Launch", "Hypercare exit",
)
DISCOVERY_MILESTONES: tuple[str, ...] = (
    "Kickoff", "Stakeholder interviews complete", "Current-state assessment",
    "Recommendations readout", "Roadmap sign-off",
)
SUPPORT_MILESTONES: tuple[str, ...] = (
    "Kickoff", "Defect backlog triaged", "Fix release 1", "Fix release 2",
    "Warranty close-out",
)
INTERNAL_MILESTONES: tuple[str, ...] = (
    "Kickoff", "Current process reviewed", "Proposal approved", "Pilot complete",
    "Team rollout", "Effect measured",
)
#: kind of project → (milestone sequence, index of the milestone always included).
MILESTONE_TEMPLATES: dict[str, tuple[tuple[str, ...], int]] = {
    "delivery": (DELIVERY_MILESTONES, DELIVERY_MILESTONES.index("Launch")),
    "discovery": (DISCOVERY_MILESTONES, len(DISCOVERY_MILESTONES) - 1),
    "support": (SUPPORT_MILESTONES, len(SUPPORT_MILESTONES) - 1),
    "internal": (INTERNAL_MILESTONES, INTERNAL_MILESTONES.index("Team rollout")),
}

#: Program descriptions; ``{client}``, ``{clients}`` (possessive) and ``{program}`` are filled in.
PROGRAM_DESCRIPTIONS: tuple[str, ...] = (
    "{program} for {client}: a multi-year modernization with quarterly releases.",
    "Portfolio of work under {clients} {program} initiative, one steering committee.",
    "{program}: the client's top digital priority this fiscal year.",
    "Umbrella for {clients} {program} projects, funded per phase.",
)

_TRANSLITERATION = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "đ": "d",
     "Đ": "D", "ı": "i", "İ": "I"}
)

# fmt: on


def possessive(name: str) -> str:
    """``Meridian Bank's``, ``Harbor & Pine Outfitters'``."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def email_local_part(first: str, last: str) -> str:
    """``first.last`` in lowercase ASCII: accents dropped, spaces and apostrophes removed."""

    def clean(text: str) -> str:
        text = unicodedata.normalize("NFKD", text.translate(_TRANSLITERATION))
        ascii_text = text.encode("ascii", "ignore").decode("ascii").lower()
        return "".join(ch for ch in ascii_text if ch.isalnum() or ch == "-")

    return f"{clean(first)}.{clean(last)}"
