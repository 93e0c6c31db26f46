namespace ImgurPS.Emulator.Store;

/// <summary>The words the seeded gallery is made of. Changing them changes the seeded data.</summary>
static class SeedText
{
    public static readonly string[] Titles =
    [
        "My cat discovered the printer today",
        "Found this old photo of my grandparents",
        "The view from my morning commute",
        "I finally finished the bookshelf",
        "Nobody told me the dog could open doors",
        "Homemade pizza, attempt number seven",
        "This is what 40 years of bonsai looks like",
        "Saw this sign on a road trip",
        "My daughter's first drawing of our family",
        "Fog rolling over the hills this morning",
        "I restored a 1970s bicycle",
        "The neighbours' goose thinks it owns the street",
        "Rate my home office setup",
        "Sunset over the harbour",
        "Apparently this is how the cat sleeps now",
        "First snow of the year",
        "Tiny frog on my windowsill",
        "I knitted a sweater for my tortoise",
        "Before and after: a weekend of gardening",
        "Spotted a fox in the park",
        "This bread took me three days",
        "The library in my town is beautiful",
        "A rainbow over the parking lot",
        "My grandfather's pocket watch, repaired",
        "Our rescue dog's first day home",
        "Made a lamp out of an old camera",
        "Lightning caught on my phone",
        "The most satisfying tile job",
        "Hiking trail after the rain",
        "My kid built this out of cardboard",
        "When the cake doesn't go as planned",
        "Old map of the city I live in",
        "Some moss, up close",
        "The squirrel has learned to use the feeder",
        "Aurora from the back garden last night",
        "I painted my first miniature",
        "A street in the old town at night",
        "Just a very good boy",
        "Finished the 5000-piece puzzle",
        "The ice on the lake made patterns",
    ];

    public static readonly string[] Descriptions =
    [
        "Taken on an old phone, no filter.",
        "Took about a month of evenings.",
        "He does this every single morning.",
        "Sorry about the quality, it was dark.",
        "More in the comments if people are interested.",
        "Still can't believe this happened.",
    ];

    public static readonly string[] Posters =
    [
        "quietotter", "MapleSyrupHands", "kettleandcrumpet", "Nimbus42", "thegreatbeyond",
        "PixelPlum", "sockmonkeysam", "ArcticTern", "overthinkingit", "LemonDrizzle",
        "CardboardCaptain", "nightowlnora", "TheRealBarnaby", "mossandmore", "Glimmerwick",
        "rustybikebell", "CoffeeBeforeTalkie", "wanderingwalrus", "Bramblefoot", "pocketfullofrye",
    ];

    public static readonly (string Name, string DisplayName, string Accent, string Description)[] Tags =
    [
        ("cats", "cats", "5A9F3D", "meow"),
        ("dogs", "dogs", "D1A33E", "woof"),
        ("aww", "aww", "E46C8C", "cute and wholesome"),
        ("funny", "funny", "3E7BD1", "things that made someone laugh"),
        ("nature", "nature", "2E8B57", "the great outdoors"),
        ("photography", "photography", "6A5ACD", "pictures worth keeping"),
        ("diy", "DIY", "C0652B", "made by hand"),
        ("food", "food", "D9534F", "things to eat"),
        ("history", "history", "8B6F47", "the past, in pictures"),
        ("wholesome", "wholesome", "F0AD4E", "good vibes only"),
    ];

    public static readonly Topic[] Topics =
    [
        new(1, "Funny", "If it made you laugh, it goes here.", "funny", IsHero: true),
        new(2, "Aww", "Cute and cuddly.", "aww"),
        new(3, "Storytime", "Tell us a story."),
        new(4, "Creativity", "Things people made.", "creativity"),
        new(5, "Science & Tech", "How things work.", ReadOnly: true),
        new(6, "The Great Outdoors", "Out there.", Ephemeral: true),
    ];

    public static readonly string[] Comments =
    [
        "This is the content I'm here for.",
        "Take my upvote.",
        "I need this in my life.",
        "Came here to say this.",
        "Ten out of ten, would look again.",
        "How did you manage that?",
        "The second picture got me.",
        "Saving this for later.",
    ];

    public static readonly string[] Platforms = ["desktop", "iphone", "android", "mweb", "api"];

    public static readonly string[] MemeTemplates =
        ["Success Kid", "Grumpy Cat", "Philosoraptor", "Bad Luck Brian", "Confession Bear", "Good Guy Greg"];

    public static readonly (string Top, string Bottom)[] MemeCaptions =
    [
        ("Wrote the tests first", "They all passed"),
        ("It's Monday", "No"),
        ("If the emulator is local", "Is the cloud just someone else's emulator?"),
        ("Finally got an Imgur account", "Account deleted by a test"),
        ("I never read the docs", "I wrote the spec"),
        ("Shares the emulator", "Seeds it deterministically"),
        ("Paged to the end", "Got an empty array"),
        ("Sent ids as ids[]", "Server wanted ids=a,b"),
    ];

    /// <summary>The seeded subreddit galleries and the letter their image ids carry (EmuRa01...).</summary>
    public static readonly (string Name, char Letter)[] Subreddits = [("aww", 'a'), ("pics", 'p'), ("mildlyinteresting", 'm')];

    /// <summary>
    /// Subreddits and posts that the examples of popular client READMEs ask for (getSubredditGallery('wallstreetbets'),
    /// searchGallery('title: memes'), subreddit galleries of 'funny'), so those examples find something.
    /// </summary>
    public static readonly (string Subreddit, char Letter, string[] Titles)[] ReadmeExamples =
    [
        ("wallstreetbets", 'w', ["Diamond hands, explained", "Stonks only go up"]),
        ("funny", 'f', ["The best memes of the week", "Sink repair, attempt three"]),
        ("memes", 'e', ["Memes about Mondays", "Classic memes, remastered"]),
    ];

    public static readonly string[] Chat =
    [
        "Did you see the new post?",
        "Yes, it was great.",
        "Are you coming on Saturday?",
        "Probably, if the weather holds.",
        "Bring the camera.",
    ];
}
