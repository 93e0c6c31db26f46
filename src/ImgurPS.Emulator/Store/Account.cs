namespace ImgurPS.Emulator.Store;

/// <summary>An Imgur account: the seeded user or one of the gallery's posters.</summary>
public sealed record Account(long Id, string Username);
