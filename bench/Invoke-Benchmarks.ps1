<#
.SYNOPSIS
Measures ImgurPS against what a user would otherwise write (Invoke-RestMethod, curl), side by side against one
emulator, alternating sides, and writes the medians and ratios to docs/benchmarks.md.

.PARAMETER Quick
Fewer and smaller files and fewer repetitions. Without -Section it runs the loopback section alone: about a minute.

.PARAMETER Section
Which sections to run: Loopback (the comparisons on loopback), Latency (80 ms and 15 Mbit/s per connection), Scale
(10,000 files with a journal, 100,000 gallery items) and Floor (processor time per upload against a bare HttpClient).
All four by default; the loopback section alone with -Quick.
#>
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $EmulatorPath,
    [string] $ReportFile,
    [switch] $Quick,
    [ValidateSet('Loopback', 'Latency', 'Scale', 'Floor')]
    [string[]] $Section
)

$ErrorActionPreference = 'Stop'
# The machine is shared: the load before and after says how much else ran beside the benchmark.
function Get-LoadAverage { if (Test-Path /proc/loadavg) { ((Get-Content /proc/loadavg) -split ' ')[0..2] -join ' ' } }
$loadAtStart = Get-LoadAverage
if (-not $Section) { $Section = if ($Quick) { @('Loopback') } else { @('Loopback', 'Latency', 'Scale', 'Floor') } }
Import-Module (Join-Path $PSScriptRoot '../src/ImgurPS.Emulator/ImgurEmulator.psm1') -Force

$size = if ($Quick) { @{ Files = 40; Repeats = 3; VideoMB = 50; Calls = 100 } } else { @{ Files = 200; Repeats = 5; VideoMB = 200; Calls = 500 } }
$work = Join-Path ([IO.Path]::GetTempPath()) "imgurps-bench-$PID"
$null = New-Item -ItemType Directory -Path $work -Force
$pwsh, $pwshPrefix = if (Test-Path "$PSHOME/pwsh") { "$PSHOME/pwsh", @() } else { 'dotnet', @("$PSHOME/pwsh.dll") }

function Median([double[]] $Values) { ($Values | Sort-Object)[[math]::Floor(($Values.Count - 1) / 2)] }

function Measure-Seconds([scriptblock] $Action) {
    $clock = [Diagnostics.Stopwatch]::StartNew(); $null = & $Action; $clock.Elapsed.TotalSeconds
}

function Get-CpuSeconds([Diagnostics.Process] $Process) { $Process.Refresh(); $Process.TotalProcessorTime.TotalSeconds }

# Runs each side once untimed, then in turn Repeats times, and reports the median seconds of each, with the median processor
# seconds the emulator and this pwsh spent on it: on a small machine they share the cores, so that is where
# the time goes.
# $WarmUps, when given, replaces the untimed round with a smaller one per side: at 80 ms a full round of the slowest side
# takes most of a minute, and a few requests compile the same code.
function Compare-Side([System.Collections.Specialized.OrderedDictionary] $Sides, [int] $Repeats, [hashtable] $WarmUps) {
    $me = [Diagnostics.Process]::GetCurrentProcess()
    $times = @{}; $emulatorCpu = @{}; $pwshCpu = @{}
    foreach ($name in $Sides.Keys) { $times[$name] = [Collections.Generic.List[double]]::new(); $emulatorCpu[$name] = [Collections.Generic.List[double]]::new(); $pwshCpu[$name] = [Collections.Generic.List[double]]::new() }
    # One untimed round first: the emulator and both sides' code are compiled and tuned by then (tiered JIT).
    foreach ($name in $Sides.Keys) { $null = if ($WarmUps) { & $WarmUps[$name] } else { & $Sides[$name] } }
    foreach ($round in 1..$Repeats) {
        foreach ($name in $Sides.Keys) {
            # Each side starts from a collected heap, so none pays for collecting the garbage of the one before.
            [GC]::Collect(); [GC]::WaitForPendingFinalizers(); [GC]::Collect()
            $emulatorBefore = Get-CpuSeconds $emulator.Process; $pwshBefore = Get-CpuSeconds $me
            $times[$name].Add((Measure-Seconds $Sides[$name]))
            $emulatorCpu[$name].Add((Get-CpuSeconds $emulator.Process) - $emulatorBefore); $pwshCpu[$name].Add((Get-CpuSeconds $me) - $pwshBefore)
        }
    }
    foreach ($name in $Sides.Keys) {
        [pscustomobject]@{ Side = $name; Median = Median $times[$name]; Fastest = ($times[$name] | Measure-Object -Minimum).Minimum; Slowest = ($times[$name] | Measure-Object -Maximum).Maximum
            EmulatorCpu = Median $emulatorCpu[$name]; PwshCpu = Median $pwshCpu[$name] }
    }
}

# Uploads files the way ImgurPS does (multipart, streamed, a few at a time) with nothing around it.
Add-Type -TypeDefinition @'
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

public static class BenchUploader
{
    public static void UploadAll(HttpClient client, string url, string[] files, int parallel)
    {
        var slots = new SemaphoreSlim(parallel);
        Task.WhenAll(files.Select(async file =>
        {
            await slots.WaitAsync().ConfigureAwait(false);
            try
            {
                using (var form = new MultipartFormDataContent())
                {
                    form.Add(new StreamContent(new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1), 81920), "image", Path.GetFileName(file));
                    form.Add(new StringContent("file"), "type");
                    using (var response = await client.PostAsync(url, form).ConfigureAwait(false)) response.EnsureSuccessStatusCode();
                }
            }
            finally { slots.Release(); }
        })).GetAwaiter().GetResult();
    }
}
'@

function New-PngFile([string] $Folder, [int] $Count, [int] $Bytes) {
    $null = New-Item -ItemType Directory -Path $Folder -Force
    $random = [Random]::new(7)
    foreach ($number in 1..$Count) {
        $data = [byte[]]::new($Bytes); $random.NextBytes($data)
        [Array]::Copy([byte[]](0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A), $data, 8)
        $path = Join-Path $Folder ('bench{0:d4}.png' -f $number)
        [IO.File]::WriteAllBytes($path, $data)
        $path
    }
}

# Saving media: Save-ImgurImage against an Invoke-WebRequest loop and curl, for many small files and for one
# large video. Every round saves into a folder of its own, so nothing is skipped as already there.
function Measure-SaveMedia([object[]] $Images, [string] $VideoId, [string] $VideoLink) {
    $folder = Join-Path $work 'saved'
    $script:saveRound = 0
    function New-SaveFolder([string] $Side) { $path = Join-Path $folder "$Side-$((++$script:saveRound))"; $null = New-Item -ItemType Directory -Path $path; $path }
    $sides = [ordered]@{
        'ImgurPS (Save-ImgurImage -ThrottleLimit 4)' = { $Images | Save-ImgurImage -Destination (New-SaveFolder imgurps) -ThrottleLimit 4 }
        'Invoke-WebRequest -OutFile loop'            = { $to = New-SaveFolder iwr; foreach ($image in $Images) { Invoke-WebRequest -Uri $image.Link -OutFile (Join-Path $to "$($image.Id).png") } }
    }
    if (Get-Command curl -ErrorAction Ignore) {
        $sides['curl --parallel --parallel-max 4'] = {
            $to = New-SaveFolder curl
            $arguments = foreach ($image in $Images) { '-o', (Join-Path $to "$($image.Id).png"), $image.Link }
            & curl --parallel --parallel-max 4 --silent --no-progress-meter --fail @arguments
        }
    }
    foreach ($row in Compare-Side $sides $size.Repeats) {
        $pwshPart = if ($row.Side -like 'curl*') { '' } else { ', pwsh {0:0.00} ms' -f ($row.PwshCpu * 1000 / $Images.Count) }
        $value = '{0:0.0} files/s (CPU per file: emulator {1:0.00} ms{2})' -f ($Images.Count / $row.Median), ($row.EmulatorCpu * 1000 / $Images.Count), $pwshPart
        [pscustomobject]@{ Measure = "Save $($Images.Count) files of 256 KB"; Side = $row.Side; Value = $value; Seconds = $row.Median }
    }

    # The video: each save in a fresh pwsh that reports its wall time and the growth of its peak working set.
    $peak = '[Diagnostics.Process]::GetCurrentProcess().PeakWorkingSet64'
    $timed = { param([string] $Action) "`$before = $peak; `$clock = [Diagnostics.Stopwatch]::StartNew(); $Action; `$clock.Elapsed.TotalSeconds; ($peak) - `$before" }
    $videoSides = [ordered]@{
        'ImgurPS (Save-ImgurImage)'  = { param($to) "Import-Module '$ModulePath'; `$null = Connect-Imgur -ClientId '$clientId' -BaseUri '$base'; " + (& $timed "`$null = Save-ImgurImage -ImageId $VideoId -Link '$VideoLink' -Destination '$to'") }
        'Invoke-WebRequest -OutFile' = { param($to) & $timed "Invoke-WebRequest -Uri '$VideoLink' -OutFile '$to/$VideoId.mp4'" }
    }
    $times = @{}; $growth = @{}
    foreach ($name in $videoSides.Keys) { $times[$name] = [Collections.Generic.List[double]]::new(); $growth[$name] = [Collections.Generic.List[double]]::new() }
    $curlTimes = [Collections.Generic.List[double]]::new()
    foreach ($round in 1..$size.Repeats) {
        foreach ($name in $videoSides.Keys) {
            $to = New-SaveFolder video
            $seconds, $grown = & $pwsh @pwshPrefix -NoProfile -NonInteractive -Command (& $videoSides[$name] $to)
            $times[$name].Add([double]$seconds); $growth[$name].Add([double]$grown)
            Remove-Item -LiteralPath $to -Recurse -Force
        }
        if (Get-Command curl -ErrorAction Ignore) {
            $to = New-SaveFolder video
            $curlTimes.Add((Measure-Seconds { & curl --silent --no-progress-meter --fail -o "$to/$VideoId.mp4" $VideoLink }))
            Remove-Item -LiteralPath $to -Recurse -Force
        }
    }
    foreach ($name in $videoSides.Keys) {
        $seconds = Median $times[$name]
        $value = '{0:0.00} s, peak memory +{1:0} MB (at most +{2:0} MB)' -f $seconds, ((Median $growth[$name]) / 1MB), (($growth[$name] | Measure-Object -Maximum).Maximum / 1MB)
        [pscustomobject]@{ Measure = "Save one $($size.VideoMB) MB video"; Side = $name; Value = $value; Seconds = $seconds }
    }
    if ($curlTimes.Count) {
        $seconds = Median $curlTimes
        [pscustomobject]@{ Measure = "Save one $($size.VideoMB) MB video"; Side = 'curl'; Value = '{0:0.00} s (its own process; memory not measured)' -f $seconds; Seconds = $seconds }
    }
}

# Starts an emulator with the benchmark's limits and these options, connects ImgurPS to it (ETags off), and returns
# the emulator with its client id.
function Start-BenchEmulator([string[]] $Options) {
    $started = Start-ImgurEmulator -Path $EmulatorPath -ArgumentList ($limits + $Options)
    $clientId = (Invoke-RestMethod "$($started.BaseUri.AbsoluteUri)_emulator/credentials").clientId
    if (-not (Get-Module ImgurPS)) { Import-Module (Join-Path $ModulePath 'ImgurPS.psd1') }
    $null = Connect-Imgur -ClientId $clientId -BaseUri $started.BaseUri.AbsoluteUri
    Set-ImgurOption -UseETag $false
    $started | Add-Member -NotePropertyName ClientId -NotePropertyValue $clientId -PassThru
}

# curl's arguments for uploading the files, built before any clock starts.
function Get-CurlUploadArgument([string[]] $Files, [string] $Uri, [string] $ClientId, [int] $Parallel) {
    if ($Parallel -gt 1) { '--parallel', '--parallel-max', $Parallel }
    $first = $true
    foreach ($file in $Files) {
        if (-not $first) { '--next' }
        '--silent', '--no-progress-meter', '-o', '/dev/null', '-H', "Authorization: Client-ID $ClientId", '-F', "image=@$file", '-F', 'type=file', $Uri
        $first = $false
    }
}

function Format-Spread($Row) { '{0:0.00} s (runs {1:0.00} to {2:0.00})' -f $Row.Median, $Row.Fastest, $Row.Slowest }

# Uploads and listings against an emulator that answers 80 ms late and reads uploads at 15 Mbit/s per connection, each
# side held against the bound that latency and bandwidth set.
function Measure-LatencySection {
    $latencyMs = 80; $kbps = 15000
    $count = if ($Quick) { 40 } else { 200 }
    $repeats = if ($Quick) { 1 } else { 3 }
    $files = @(New-PngFile (Join-Path $work 'latency') $count (256KB))
    $warmFiles = @($files | Select-Object -First 4)
    # A file costs one round trip (the answer waits for the whole body) plus its bytes at the connection's rate; a batch
    # at concurrency c is ceil(files / c) of those one after another.
    $perFile = $latencyMs / 1000 + (256KB) / ($kbps * 1000 / 8)
    $bound = { param([int] $Concurrency) [math]::Ceiling($count / $Concurrency) * $perFile }
    # The whole gallery: section user with mature posts shows every post.
    $wholeGallery = @{ All = $true; Section = 'user'; Sort = 'time'; Mature = $true }
    $lines = [Collections.Generic.List[string]]::new()
    $lines.Add("### Latency: $latencyMs ms, $($kbps / 1000) Mbit/s per connection ($count files of 256 KB; $repeats rounds)")
    $lines.Add('')
    $lines.Add(('Per file: {0} ms + 262,144 bytes / {1:N0} bytes/s = {2:0.0} ms.' -f $latencyMs, ($kbps * 1000 / 8), ($perFile * 1000)))
    $lines.Add('')
    $lines.Add('| Measure | Side | Median (fastest to slowest round) | Bound | Time / bound |')
    $lines.Add('|---|---|---|---|---|')

    $emulator = Start-BenchEmulator '--latency-ms', $latencyMs, '--upload-kbps', $kbps
    try {
        $default = [ImgurPS.Commands.Image.SendImgurImageCommand]::new().ThrottleLimit
        $base = $emulator.BaseUri.AbsoluteUri
        $headers = @{ Authorization = "Client-ID $($emulator.ClientId)" }
        $curlParallel = @(Get-CurlUploadArgument $files "$($base)3/image" $emulator.ClientId $default)
        $curlWarm = @(Get-CurlUploadArgument $warmFiles "$($base)3/image" $emulator.ClientId $default)
        $irmLoop = { param($Batch) foreach ($file in $Batch) { Invoke-RestMethod -Method Post -Uri "$($base)3/image" -Headers $headers -Form @{ image = Get-Item $file; type = 'file' } } }
        $sides = [ordered]@{
            "ImgurPS (Send-ImgurImage, default -ThrottleLimit $default)" = { $files | Send-ImgurImage }
            "curl --parallel --parallel-max $default"                    = { & curl @curlParallel }
            'Invoke-RestMethod -Form loop'                                = { & $irmLoop $files }
        }
        $warmUps = @{
            "ImgurPS (Send-ImgurImage, default -ThrottleLimit $default)" = { $warmFiles | Send-ImgurImage }
            "curl --parallel --parallel-max $default"                    = { & curl @curlWarm }
            'Invoke-RestMethod -Form loop'                                = { & $irmLoop $warmFiles }
        }
        foreach ($row in Compare-Side $sides $repeats $warmUps) {
            $limit = if ($row.Side -like 'Invoke-RestMethod*') { 1 } else { $default }
            $lines.Add(('| Upload {0} files | {1} | {2} | {3:0.00} s (concurrency {4}) | {5:0.00} |' -f $count, $row.Side, (Format-Spread $row), (& $bound $limit), $limit, ($row.Median / (& $bound $limit))))
        }

        # The same batch at each -ThrottleLimit, to choose the default.
        $sweep = [ordered]@{}; $sweepWarm = @{}
        foreach ($limit in 2, 4, 8, 16) {
            $sweep["ImgurPS -ThrottleLimit $limit"] = { $files | Send-ImgurImage -ThrottleLimit $limit }.GetNewClosure()
            $sweepWarm["ImgurPS -ThrottleLimit $limit"] = { $warmFiles | Send-ImgurImage -ThrottleLimit $limit }.GetNewClosure()
        }
        foreach ($row in Compare-Side $sweep $repeats $sweepWarm) {
            $limit = [int]($row.Side -replace '\D')
            $lines.Add(('| Upload {0} files | {1} | {2} | {3:0.00} s (concurrency {4}) | {5:0.00} |' -f $count, $row.Side, (Format-Spread $row), (& $bound $limit), $limit, ($row.Median / (& $bound $limit))))
        }

        # Listing the whole gallery (section user with mature posts holds all of it): every page of 60 costs a round trip,
        # and so does the empty page that ends it; the bound adds the time the same listing takes on loopback.
        $loopback = Start-BenchEmulator @()
        try {
            $items = (Get-ImgurGallery @wholeGallery | Measure-Object).Count
            $loopbackSeconds = Median @(1..3 | ForEach-Object { [GC]::Collect(); Measure-Seconds { Get-ImgurGallery @wholeGallery } })
        }
        finally { $loopback | Stop-ImgurEmulator }
        $null = Connect-Imgur -ClientId $emulator.ClientId -BaseUri $base
        $pages = [math]::Ceiling($items / 60) + 1
        $listBound = $pages * $latencyMs / 1000 + $loopbackSeconds
        $listSides = [ordered]@{
            'ImgurPS (Get-ImgurGallery -All)'       = { Get-ImgurGallery @wholeGallery }
            'ImgurPS, first object (-All, -First 1)' = { Get-ImgurGallery @wholeGallery | Select-Object -First 1 }
            'Invoke-RestMethod page loop'           = {
                for ($page = 0; ; $page++) {
                    $pageItems = (Invoke-RestMethod -Uri "$($base)3/gallery/user/time/day/$($page)?mature=true" -Headers $headers).data
                    if (-not $pageItems) { break }
                    $pageItems
                }
            }
        }
        $listWarm = @{
            'ImgurPS (Get-ImgurGallery -All)'       = { Get-ImgurGallery -Section user -Sort time -Mature }
            'ImgurPS, first object (-All, -First 1)' = { Get-ImgurGallery @wholeGallery | Select-Object -First 1 }
            'Invoke-RestMethod page loop'           = { (Invoke-RestMethod -Uri "$($base)3/gallery/user/time/day/0?mature=true" -Headers $headers).data }
        }
        foreach ($row in Compare-Side $listSides $repeats $listWarm) {
            $rowBound = if ($row.Side -like '*first object*') { $latencyMs / 1000 } else { $listBound }
            $what = if ($row.Side -like '*first object*') { '1 request' } else { '{0} requests x {1} ms + {2:0.00} s on loopback' -f $pages, $latencyMs, $loopbackSeconds }
            $lines.Add(('| List {5:N0} gallery items | {0} | {1} | {2:0.00} s ({3}) | {4:0.00} |' -f $row.Side, (Format-Spread $row), $rowBound, $what, ($row.Median / $rowBound), $items))
        }

        # Repeated reads: with ETags, every read after the first is a 304 with no body, which still takes its round trip.
        $reads = 20
        $etagSides = [ordered]@{
            'Get-ImgurGallery (60 items), ETags on'  = { Set-ImgurOption -UseETag $true; foreach ($n in 1..$reads) { $null = Get-ImgurGallery } }
            'Get-ImgurGallery (60 items), ETags off' = { Set-ImgurOption -UseETag $false; foreach ($n in 1..$reads) { $null = Get-ImgurGallery } }
            'Get-ImgurImage, ETags on'               = { Set-ImgurOption -UseETag $true; foreach ($n in 1..$reads) { $null = Get-ImgurImage -ImageId EmuImg1 } }
            'Get-ImgurImage, ETags off'              = { Set-ImgurOption -UseETag $false; foreach ($n in 1..$reads) { $null = Get-ImgurImage -ImageId EmuImg1 } }
        }
        try {
            foreach ($row in Compare-Side $etagSides $repeats) {
                $lines.Add(('| {0} repeated reads | {1} | {2:0.0} ms per read | {3} ms (1 request) | {4:0.00} |' -f $reads, $row.Side, ($row.Median * 1000 / $reads), $latencyMs, ($row.Median * 1000 / $reads / $latencyMs)))
            }
        }
        finally { Set-ImgurOption -UseETag $false }
    }
    finally { $emulator | Stop-ImgurEmulator }
    ($lines -join "`n") + "`n"
}

# A batch of 16 KB files with -Journal at three sizes, each in a fresh pwsh (time per file by tenths, peak memory growth,
# the all-skipped rerun), and the whole gallery streamed in a fresh pwsh, its working set sampled as it goes.
function Measure-ScaleSection {
    $sizes = if ($Quick) { 100, 500, 1000 } else { 1000, 5000, 10000 }
    $galleryItems = if ($Quick) { 10000 } else { 100000 }
    $files = @(New-PngFile (Join-Path $work 'scale') $sizes[-1] (16KB))
    $batchScript = Join-Path $work 'scale-batch.ps1'
    Set-Content -LiteralPath $batchScript -Value {
        param($Module, $Base, $ClientId, $ListFile, $Journal)
        Import-Module $Module; $null = Connect-Imgur -ClientId $ClientId -BaseUri $Base
        $files = [IO.File]::ReadAllLines($ListFile)
        $step = [math]::Max(1, $files.Count / 10)
        $me = [Diagnostics.Process]::GetCurrentProcess()
        [GC]::Collect(); $me.Refresh(); $before = $me.PeakWorkingSet64
        $marks = [Collections.Generic.List[double]]::new()
        $clock = [Diagnostics.Stopwatch]::StartNew()
        $files | Send-ImgurImage -Journal $Journal | & { begin { $n = 0 } process { if (++$n % $step -eq 0) { $marks.Add($clock.Elapsed.TotalSeconds) } } }
        $seconds = $clock.Elapsed.TotalSeconds
        $me.Refresh(); $grown = $me.PeakWorkingSet64 - $before
        $clock.Restart(); $null = $files | Send-ImgurImage -Journal $Journal; $rerun = $clock.Elapsed.TotalSeconds
        [pscustomobject]@{ Seconds = $seconds; Tenths = $marks; GrownBytes = $grown; RerunSeconds = $rerun } | ConvertTo-Json -Compress
    }.ToString()
    $galleryScript = Join-Path $work 'scale-gallery.ps1'
    Set-Content -LiteralPath $galleryScript -Value {
        param($Module, $Base, $ClientId, [int] $Step)
        Import-Module $Module; $null = Connect-Imgur -ClientId $ClientId -BaseUri $Base
        $me = [Diagnostics.Process]::GetCurrentProcess()
        $null = Get-ImgurGallery
        [GC]::Collect(); $me.Refresh(); $before = $me.WorkingSet64; $peakBefore = $me.PeakWorkingSet64
        $marks = [Collections.Generic.List[object]]::new()
        $clock = [Diagnostics.Stopwatch]::StartNew()
        Get-ImgurGallery -All -Section user -Sort time -Mature | & { begin { $n = 0 } process { if (++$n % $Step -eq 0) { $me.Refresh(); $marks.Add([pscustomobject]@{ Items = $n; GrownBytes = $me.WorkingSet64 - $before }) } } }
        $me.Refresh()
        [pscustomobject]@{ Seconds = $clock.Elapsed.TotalSeconds; Marks = $marks; PeakGrownBytes = $me.PeakWorkingSet64 - $peakBefore } | ConvertTo-Json -Compress -Depth 3
    }.ToString()

    $lines = [Collections.Generic.List[string]]::new()
    $lines.Add("### Scale: 16 KB files with -Journal, each batch in a fresh pwsh on loopback")
    $lines.Add('')
    $lines.Add('| Files | Time | Per file | Per file, first tenth | Per file, last tenth | Peak memory growth | Rerun, all skipped |')
    $lines.Add('|---|---|---|---|---|---|---|')
    $emulator = Start-BenchEmulator '--gallery-size', $galleryItems
    try {
        $base = $emulator.BaseUri.AbsoluteUri
        foreach ($count in $sizes) {
            $list = Join-Path $work "scale-$count.txt"
            [IO.File]::WriteAllLines($list, [string[]]($files | Select-Object -First $count))
            $journal = Join-Path $work "scale-$count.jsonl"
            $run = & $pwsh @pwshPrefix -NoProfile -NonInteractive -File $batchScript -Module $ModulePath -Base $base -ClientId $emulator.ClientId -ListFile $list -Journal $journal | ConvertFrom-Json
            $tenths = @($run.Tenths)
            $step = $count / 10
            $first = $tenths[0] / $step; $last = ($tenths[-1] - $tenths[-2]) / $step
            $lines.Add(('| {0:N0} | {1:0.00} s | {2:0.00} ms | {3:0.00} ms | {4:0.00} ms | +{5:0} MB | {6:0.00} s |' -f $count, $run.Seconds, ($run.Seconds * 1000 / $count), ($first * 1000), ($last * 1000), ($run.GrownBytes / 1MB), $run.RerunSeconds))
        }
        $step = $galleryItems / 10
        $gallery = & $pwsh @pwshPrefix -NoProfile -NonInteractive -File $galleryScript -Module $ModulePath -Base $base -ClientId $emulator.ClientId -Step $step | ConvertFrom-Json
        $lines.Add('')
        $lines.Add(('`Get-ImgurGallery -All -Section user -Sort time -Mature` over {0:N0} items in a fresh pwsh: {1:0.0} s, peak working set +{2:0} MB; working set above its start, by items written:' -f $galleryItems, $gallery.Seconds, ($gallery.PeakGrownBytes / 1MB)))
        $lines.Add('')
        $lines.Add('| Items | ' + (($gallery.Marks | ForEach-Object { '{0:N0}' -f $_.Items }) -join ' | ') + ' |')
        $lines.Add('|---|' + (($gallery.Marks | ForEach-Object { '---' }) -join '|') + '|')
        $lines.Add('| Working set | ' + (($gallery.Marks | ForEach-Object { '+{0:0} MB' -f ($_.GrownBytes / 1MB) }) -join ' | ') + ' |')
    }
    finally { $emulator | Stop-ImgurEmulator }
    ($lines -join "`n") + "`n"
}

# Processor time per upload on loopback: ImgurPS with files piped and with all files in one argument, against a bare
# HttpClient sending the same bodies.
function Measure-FloorSection {
    $count = if ($Quick) { 40 } else { 200 }
    $repeats = if ($Quick) { 3 } else { 5 }
    $files = @(New-PngFile (Join-Path $work 'floor') $count (256KB))
    $emulator = Start-BenchEmulator @()
    $client = [Net.Http.HttpClient]::new()
    try {
        $client.DefaultRequestHeaders.Add('Authorization', "Client-ID $($emulator.ClientId)")
        $uri = "$($emulator.BaseUri.AbsoluteUri)3/image"
        $sides = [ordered]@{
            'HttpClient, 4 at a time, answers unparsed (.NET floor)' = { [BenchUploader]::UploadAll($client, $uri, $files, 4) }
            'ImgurPS, files piped (Send-ImgurImage -ThrottleLimit 4)' = { $files | Send-ImgurImage -ThrottleLimit 4 }
            'ImgurPS, files in one argument (-LiteralPath $files)'   = { Send-ImgurImage -LiteralPath $files -ThrottleLimit 4 }
        }
        $rows = @(Compare-Side $sides $repeats)
        $floor = $rows[0].PwshCpu
        $lines = [Collections.Generic.List[string]]::new()
        $lines.Add("### Floor: processor time per upload on loopback ($count files of 256 KB; $repeats rounds)")
        $lines.Add('')
        $lines.Add('| Side | pwsh CPU per file | Against the floor | Emulator CPU per file | Time |')
        $lines.Add('|---|---|---|---|---|')
        foreach ($row in $rows) {
            $lines.Add(('| {0} | {1:0.000} ms | {2:0.00} | {3:0.000} ms | {4} |' -f $row.Side, ($row.PwshCpu * 1000 / $count), ($row.PwshCpu / $floor), ($row.EmulatorCpu * 1000 / $count), (Format-Spread $row)))
        }
        ($lines -join "`n") + "`n"
    }
    finally {
        $client.Dispose()
        $emulator | Stop-ImgurEmulator
    }
}

$limits = '--client-limit', '100000000', '--user-limit', '100000000', '--bearer-user-limit', '100000000', '--post-limit', '100000000', '--gallery-size', '10000', '--max-video-bytes', '262144000', '--no-upload-hashes', '--no-media-bytes'
$results = [System.Collections.Generic.List[object]]::new()
# Markdown of the latency, scale and floor sections, in the order run.
$sectionReports = [System.Collections.Generic.List[string]]::new()
try {
    if ('Loopback' -in $Section) {
        $emulator = Start-ImgurEmulator -Path $EmulatorPath -ArgumentList $limits
        try {
            $base = $emulator.BaseUri.AbsoluteUri
            $clientId = (Invoke-RestMethod "$($base)_emulator/credentials").clientId
            $headers = @{ Authorization = "Client-ID $clientId" }
            Import-Module (Join-Path $ModulePath 'ImgurPS.psd1') -Force
            $null = Connect-Imgur -ClientId $clientId -BaseUri $base
            Set-ImgurOption -UseETag $false
            # A bare HttpClient shows what .NET itself costs: the floor for a client in this process.
            $rawClient = [Net.Http.HttpClient]::new()
            $rawClient.DefaultRequestHeaders.Add('Authorization', "Client-ID $clientId")

            # 1. Bulk upload
            $files = @(New-PngFile (Join-Path $work 'files') $size.Files (256KB))
            # curl's arguments are built before timing starts: only the uploads are measured. --silent alone still draws
            # the --parallel progress meter (curl 7.88), hence --no-progress-meter.
            $curlArgs = { param([switch] $Parallel)
                if ($Parallel) { '--parallel', '--parallel-max', '4' }
                $first = $true
                foreach ($file in $files) {
                    if (-not $first) { '--next' }
                    '--silent', '--no-progress-meter', '-o', '/dev/null', '-H', "Authorization: Client-ID $clientId", '-F', "image=@$file", '-F', 'type=file', "$($base)3/image"
                    $first = $false
                }
            }
            $curlSequential = @(& $curlArgs)
            $curlParallel = @(& $curlArgs -Parallel)
            $sides = [ordered]@{
                'ImgurPS (Send-ImgurImage -ThrottleLimit 4)' = { $files | Send-ImgurImage -ThrottleLimit 4 }
                'Invoke-RestMethod -Form loop'               = { foreach ($file in $files) { Invoke-RestMethod -Method Post -Uri "$($base)3/image" -Headers $headers -Form @{ image = Get-Item $file; type = 'file' } } }
            }
            $sides['HttpClient, 4 at a time, answers unparsed (.NET floor)'] = { [BenchUploader]::UploadAll($rawClient, "$($base)3/image", $files, 4) }
            if (Get-Command curl -ErrorAction Ignore) {
                $sides['curl, sequential'] = { & curl @curlSequential }
                $sides['curl --parallel --parallel-max 4'] = { & curl @curlParallel }
            }
            foreach ($row in Compare-Side $sides $size.Repeats) {
                # curl's own processor time is not counted: it runs in its own process.
                $pwshPart = if ($row.Side -like 'curl*') { '' } else { ', pwsh {0:0.00} ms' -f ($row.PwshCpu * 1000 / $size.Files) }
                $value = '{0:0.0} files/s (CPU per file: emulator {1:0.00} ms{2})' -f ($size.Files / $row.Median), ($row.EmulatorCpu * 1000 / $size.Files), $pwshPart
                $results.Add([pscustomobject]@{ Measure = "Upload $($size.Files) PNGs of 256 KB"; Side = $row.Side; Value = $value; Seconds = $row.Median })
            }

            # 2. One large video: wall time and the process's peak memory above its idle baseline, each upload in a fresh
            #    pwsh, the sides alternating round by round.
            $video = Join-Path $work 'video.mp4'
            $stream = [IO.File]::Create($video)
            try {
                $stream.Write([byte[]](0, 0, 0, 24) + [Text.Encoding]::ASCII.GetBytes('ftypisom'), 0, 12)
                $stream.SetLength($size.VideoMB * 1MB)
            }
            finally { $stream.Dispose() }
            $peak = '[Diagnostics.Process]::GetCurrentProcess().PeakWorkingSet64'
            $videoSides = [ordered]@{
                'ImgurPS (Send-ImgurImage)'  = "Import-Module '$ModulePath'; `$null = Connect-Imgur -ClientId '$clientId' -BaseUri '$base'; `$before = $peak; `$clock = [Diagnostics.Stopwatch]::StartNew(); `$null = Send-ImgurImage -Path '$video'; `$clock.Elapsed.TotalSeconds; ($peak) - `$before"
                'Invoke-RestMethod -Form'    = "`$h = @{ Authorization = 'Client-ID $clientId' }; `$before = $peak; `$clock = [Diagnostics.Stopwatch]::StartNew(); `$null = Invoke-RestMethod -Method Post -Uri '$($base)3/upload' -Headers `$h -Form @{ video = Get-Item '$video'; type = 'file' }; `$clock.Elapsed.TotalSeconds; ($peak) - `$before"
            }
            # The emulator's first large body costs it extra (buffers grow), so one upload is sent before any is timed.
            $null = Invoke-RestMethod -Method Post -Uri "$($base)3/upload" -Headers $headers -Form @{ video = Get-Item $video; type = 'file' }
            $videoTimes = @{}; $videoGrowth = @{}
            foreach ($name in $videoSides.Keys) { $videoTimes[$name] = [Collections.Generic.List[double]]::new(); $videoGrowth[$name] = [Collections.Generic.List[double]]::new() }
            foreach ($round in 1..$size.Repeats) {
                foreach ($name in $videoSides.Keys) {
                    $seconds, $grown = & $pwsh @pwshPrefix -NoProfile -NonInteractive -Command $videoSides[$name]
                    $videoTimes[$name].Add([double]$seconds); $videoGrowth[$name].Add([double]$grown)
                }
            }
            foreach ($name in $videoSides.Keys) {
                $seconds = Median $videoTimes[$name]
                $value = '{0:0.00} s, peak memory +{1:0} MB (at most +{2:0} MB)' -f $seconds, ((Median $videoGrowth[$name]) / 1MB), (($videoGrowth[$name] | Measure-Object -Maximum).Maximum / 1MB)
                $results.Add([pscustomobject]@{ Measure = "Upload one $($size.VideoMB) MB video"; Side = $name; Value = $value; Seconds = $seconds })
            }

            # 3. Module import in a fresh pwsh, timed inside it.
            $importSides = [ordered]@{
                'Import-Module ImgurPS'                           = "(Measure-Command { Import-Module '$ModulePath' }).TotalSeconds"
                'Import-Module Microsoft.PowerShell.PSResourceGet' = '(Measure-Command { Import-Module Microsoft.PowerShell.PSResourceGet }).TotalSeconds'
            }
            $importTimes = @{}
            foreach ($name in $importSides.Keys) { $importTimes[$name] = [System.Collections.Generic.List[double]]::new() }
            foreach ($round in 1..($size.Repeats + 2)) {
                foreach ($name in $importSides.Keys) { $importTimes[$name].Add([double](& $pwsh @pwshPrefix -NoProfile -NonInteractive -Command $importSides[$name])) }
            }
            foreach ($name in $importSides.Keys) {
                $median = Median $importTimes[$name]
                $results.Add([pscustomobject]@{ Measure = 'Module import (fresh pwsh)'; Side = $name; Value = '{0:0} ms' -f ($median * 1000); Seconds = $median })
            }

            # 4. Listing the whole 10,000-item gallery into objects.
            $listSides = [ordered]@{
                'ImgurPS (Get-ImgurGallery -All)' = { Get-ImgurGallery -All }
                'Invoke-RestMethod page loop'     = {
                    for ($page = 0; ; $page++) {
                        $items = (Invoke-RestMethod -Uri "$($base)3/gallery/hot/viral/day/$page" -Headers $headers).data
                        if (-not $items) { break }
                        $items
                    }
                }
                # The emulator's own ceiling: the same pages fetched as text, never parsed.
                'HttpClient page loop, unparsed (emulator ceiling)' = {
                    for ($page = 0; ; $page++) {
                        $text = $rawClient.GetStringAsync("$($base)3/gallery/hot/viral/day/$page").GetAwaiter().GetResult()
                        if ($text -match '"data"\s*:\s*\[\s*\]') { break }
                    }
                }
            }
            foreach ($row in Compare-Side $listSides $size.Repeats) {
                $results.Add([pscustomobject]@{ Measure = 'List 10,000 gallery items'; Side = $row.Side; Value = '{0:0.00} s' -f $row.Median; Seconds = $row.Median })
            }
            $first = Median @(1..$size.Repeats | ForEach-Object { Measure-Seconds { Get-ImgurGallery -All | Select-Object -First 1 } })
            $results.Add([pscustomobject]@{ Measure = 'List 10,000 gallery items'; Side = 'ImgurPS, first object on screen'; Value = '{0:0} ms' -f ($first * 1000); Seconds = $first })

            # 5. Per-call overhead.
            $callSides = [ordered]@{
                'ImgurPS (Get-ImgurImage)' = { foreach ($n in 1..$size.Calls) { $null = Get-ImgurImage -ImageId EmuImg1 } }
                'Invoke-RestMethod'        = { foreach ($n in 1..$size.Calls) { $null = Invoke-RestMethod -Uri "$($base)3/image/EmuImg1" -Headers $headers } }
            }
            foreach ($row in Compare-Side $callSides $size.Repeats) {
                $results.Add([pscustomobject]@{ Measure = "$($size.Calls) single GETs"; Side = $row.Side; Value = '{0:0.00} ms per call' -f ($row.Median * 1000 / $size.Calls); Seconds = $row.Median })
            }

            # 6. Saving media: the bulk upload's files and the video, uploaded once more to have their links.
            $saveImages = @($files | Send-ImgurImage -ThrottleLimit 4)
            $saveVideo = Send-ImgurImage -Path $video
            foreach ($row in Measure-SaveMedia $saveImages $saveVideo.Id $saveVideo.Link) { $results.Add($row) }
        }
        finally {
            if ($rawClient) { $rawClient.Dispose() }
            $emulator | Stop-ImgurEmulator
        }
    }
    if ('Latency' -in $Section) { $sectionReports.Add((Measure-LatencySection)) }
    if ('Scale' -in $Section) { $sectionReports.Add((Measure-ScaleSection)) }
    if ('Floor' -in $Section) { $sectionReports.Add((Measure-FloorSection)) }
}
finally {
    Remove-Item -LiteralPath $work -Recurse -Force -ErrorAction Ignore
}

$memoryGB = [double]((Get-Content /proc/meminfo -ErrorAction Ignore | Select-Object -First 1) -replace '\D', '') / 1MB
$machine = '{0} cores, {1:0} GB memory, PowerShell {2}, {3}, {4}' -f [Environment]::ProcessorCount, $memoryGB,
    $PSVersionTable.PSVersion, [Runtime.InteropServices.RuntimeInformation]::FrameworkDescription, [Runtime.InteropServices.RuntimeInformation]::OSDescription
$table = @('| Measure | Side | Result | Time relative to the first side |', '|---|---|---|---|')
foreach ($measure in $results.Measure | Select-Object -Unique) {
    $rows = @($results | Where-Object Measure -EQ $measure)
    $reference = $rows[0].Seconds
    foreach ($row in $rows) {
        $ratio = if ($row.Seconds -gt 0) { '{0:0.00}x' -f ($row.Seconds / $reference) } else { '' }
        $table += "| $($row.Measure) | $($row.Side) | $($row.Value) | $ratio |"
    }
}
$load = if (Test-Path /proc/loadavg) { ", load average (1, 5, 15 min) $loadAtStart at the start and $(Get-LoadAverage) at the end" }
$parts = @("Run of $((Get-Date).ToUniversalTime().ToString('yyyy-MM-dd HH:mm')) UTC$(if ($Quick) { ' (quick mode)' }) on $machine$load.", '')
if ($results.Count) { $parts += $table + '' }
$report = ($parts + $sectionReports) -join "`n"
$report
if ($ReportFile) { Set-Content -LiteralPath $ReportFile -Value $report }
