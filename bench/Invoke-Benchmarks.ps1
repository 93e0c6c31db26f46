<#
.SYNOPSIS
Measures ImgurPS against what a user would otherwise write (Invoke-RestMethod, curl), side by side against one
emulator, alternating sides, and writes the medians and ratios to docs/benchmarks.md.

.PARAMETER Quick
Fewer and smaller files and fewer repetitions: under a minute.
#>
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $EmulatorPath,
    [string] $ReportFile,
    [switch] $Quick
)

$ErrorActionPreference = 'Stop'
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
function Compare-Side([System.Collections.Specialized.OrderedDictionary] $Sides, [int] $Repeats) {
    $me = [Diagnostics.Process]::GetCurrentProcess()
    $times = @{}; $emulatorCpu = @{}; $pwshCpu = @{}
    foreach ($name in $Sides.Keys) { $times[$name] = [Collections.Generic.List[double]]::new(); $emulatorCpu[$name] = [Collections.Generic.List[double]]::new(); $pwshCpu[$name] = [Collections.Generic.List[double]]::new() }
    # One untimed round first: the emulator and both sides' code are compiled and tuned by then (tiered JIT).
    foreach ($name in $Sides.Keys) { $null = & $Sides[$name] }
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
        [pscustomobject]@{ Side = $name; Median = Median $times[$name]; EmulatorCpu = Median $emulatorCpu[$name]; PwshCpu = Median $pwshCpu[$name] }
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
        [byte[]](0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A) | ForEach-Object -Begin { $i = 0 } -Process { $data[$i++] = $_ }
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

$limits = '--client-limit', '100000000', '--user-limit', '100000000', '--bearer-user-limit', '100000000', '--post-limit', '100000000', '--gallery-size', '10000', '--max-video-bytes', '262144000', '--no-upload-hashes', '--no-media-bytes'
$emulator = Start-ImgurEmulator -Path $EmulatorPath -ArgumentList $limits
$results = [System.Collections.Generic.List[object]]::new()
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
$report = (@("Run of $((Get-Date).ToUniversalTime().ToString('yyyy-MM-dd HH:mm')) UTC$(if ($Quick) { ' (quick mode)' }) on $machine.", '') + $table) -join "`n"
$report
if ($ReportFile) { Set-Content -LiteralPath $ReportFile -Value $report }
