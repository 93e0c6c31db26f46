// .NET Framework only: that is where the loader takes the branch Windows PowerShell 5.1 needs (no AssemblyLoadContext,
// so Assembly.LoadFrom), and where AssemblyBuilder can save the assemblies these tests load.
#if NETFRAMEWORK
using System;
using System.IO;
using System.Reflection;
using System.Reflection.Emit;

namespace ImgurPS.Tests;

/// <summary>How ImgurPS answers assembly requests on .NET Framework: from its dependencies folder, whatever version is asked for.</summary>
public sealed class DependencyLoaderTests : IDisposable
{
    private static readonly Assembly ImgurPS = typeof(DependencyLoader).Assembly;
    private static readonly Version OnDisk = new(2, 0, 0, 0);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ImgurPS.Tests." + Guid.NewGuid().ToString("N"));

    public DependencyLoaderTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (UnauthorizedAccessException)
        {
            // Windows keeps a loaded assembly's file locked until the process ends; the temp folder keeps it then.
        }
    }

    [Fact]
    public void ADependencyOfImgurPSLoadsFromTheFolderWhateverVersionIsAsked()
    {
        var (name, path) = WriteAssembly();

        var loaded = DependencyLoader.Resolve(_folder, $"{name}, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null", ImgurPS);

        Assert.NotNull(loaded);
        Assert.Equal(path, loaded!.Location);
        Assert.Equal(OnDisk, loaded.GetName().Version);
    }

    [Fact]
    public void ADependencyOfADependencyLoadsFromTheFolderToo()
    {
        var (first, _) = WriteAssembly();
        var (second, secondPath) = WriteAssembly();
        var dependency = DependencyLoader.Resolve(_folder, first, ImgurPS);

        var loaded = DependencyLoader.Resolve(_folder, second, dependency);

        Assert.Equal(secondPath, loaded?.Location);
    }

    [Fact]
    public void RequestsFromOtherAssembliesAreLeftToOthers()
    {
        var (name, _) = WriteAssembly();

        Assert.Null(DependencyLoader.Resolve(_folder, name, typeof(Assert).Assembly));
        Assert.Null(DependencyLoader.Resolve(_folder, name, requesting: null));
    }

    [Fact]
    public void AnAssemblyMissingFromTheFolderIsLeftToOthers() =>
        Assert.Null(DependencyLoader.Resolve(_folder, "ImgurPS.Tests.NotInTheFolder", ImgurPS));

    [Fact]
    public void ADependencyAskingForImgurPSGetsThisVeryAssembly()
    {
        var (name, _) = WriteAssembly();
        var dependency = DependencyLoader.Resolve(_folder, name, ImgurPS);

        Assert.Same(ImgurPS, DependencyLoader.Resolve(_folder, "ImgurPS, Version=0.0.0.0", dependency));
    }

    /// <summary>Saves a new assembly into the folder, named uniquely so that no assembly loaded before can answer for it.</summary>
    private (string Name, string Path) WriteAssembly()
    {
        var name = "ImgurPS.Tests.Dependency" + Guid.NewGuid().ToString("N");
        var fileName = name + ".dll";
        var builder = AppDomain.CurrentDomain.DefineDynamicAssembly(new AssemblyName(name) { Version = OnDisk }, AssemblyBuilderAccess.Save, _folder);
        builder.DefineDynamicModule(name, fileName).DefineType(name + ".Marker", TypeAttributes.Public).CreateType();
        builder.Save(fileName);
        return (name, Path.Combine(_folder, fileName));
    }
}
#endif
