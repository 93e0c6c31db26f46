using System;
using System.Collections.Generic;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace ImgurPS.Tests;

/// <summary>
/// Leaves a test out of the net48 run under Mono, for something Mono does differently from .NET Framework; a fault
/// of ImgurPS is never a reason. It adds the trait Mono=Excluded, which build.ps1 filters on, and the build prints
/// each test so marked with its reason.
/// </summary>
[TraitDiscoverer("ImgurPS.Tests.NotOnMonoDiscoverer", "ImgurPS.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class NotOnMonoAttribute : Attribute, ITraitAttribute
{
    public NotOnMonoAttribute(string reason) => Reason = reason;

    /// <summary>What Mono does differently, in a sentence the build prints.</summary>
    public string Reason { get; }
}

/// <summary>Turns <see cref="NotOnMonoAttribute"/> into the trait that the build's filter names.</summary>
public sealed class NotOnMonoDiscoverer : ITraitDiscoverer
{
    public IEnumerable<KeyValuePair<string, string>> GetTraits(IAttributeInfo traitAttribute)
    {
        yield return new KeyValuePair<string, string>("Mono", "Excluded");
    }
}
